import type { ExtractedEvent, ExtractedOfficial, IngestArticleInput } from "./generated/graphqlTypes.ts";

/** Extracts and loads one article (needs an API key); answers what was found. */
export const INGEST_ARTICLE_MUTATION = /* GraphQL */ `
  mutation IngestArticle($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      status
      nodesCreated
      relationshipsCreated
      article { id title language publishedAt }
      extracted {
        states
        officials { id name title state }
        agreements { id kind name states date }
        meetings { id kind name states date }
      }
    }
  }
`;

export interface IngestArticleVariables extends Record<string, unknown> {
  input: Partial<IngestArticleInput> & { text: string };
}

export interface IngestResultFields {
  status: string;
  nodesCreated: number;
  relationshipsCreated: number;
  article: { id: string; title: string | null; language: string; publishedAt: string | null };
  extracted: {
    states: string[];
    officials: Omit<ExtractedOfficial, "__typename">[];
    agreements: Omit<ExtractedEvent, "__typename">[];
    meetings: Omit<ExtractedEvent, "__typename">[];
  };
}

export interface IngestArticleData {
  ingestArticle: IngestResultFields;
}
