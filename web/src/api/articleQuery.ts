import type { GraphNode, Span } from "./generated/graphqlTypes.ts";

/** One article's text with the entities it mentions and where, for the reader view. */
export const ARTICLE_QUERY = /* GraphQL */ `
  query Article($id: ID!) {
    article(id: $id) {
      id
      title
      url
      source
      language
      publishedAt
      text
      entities {
        node { id type label }
        spans { start end }
      }
    }
  }
`;

export interface ArticleVariables extends Record<string, unknown> {
  id: string;
}

export interface ArticleEntityFields {
  node: Pick<GraphNode, "id" | "type" | "label">;
  spans: Pick<Span, "start" | "end">[];
}

export interface ArticleFields {
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  language: string;
  publishedAt: string | null;
  text: string;
  entities: ArticleEntityFields[];
}

export interface ArticleData {
  article: ArticleFields | null;
}
