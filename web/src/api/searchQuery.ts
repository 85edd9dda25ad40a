import type { EntityType, GraphNode } from "./generated/graphqlTypes.ts";

/** Ranked name and alias search (Arabic and English) for the search box. */
export const SEARCH_QUERY = /* GraphQL */ `
  query Search($text: String!, $types: [EntityType!], $first: Int) {
    search(text: $text, types: $types, first: $first) {
      nodes {
        score
        matched
        node {
          id
          type
          label
          labelEn
          labelAr
          kind
          date
        }
      }
    }
  }
`;

export interface SearchVariables extends Record<string, unknown> {
  text: string;
  types?: EntityType[];
  first?: number;
}

export interface SearchHit {
  score: number;
  matched: string | null;
  node: Pick<GraphNode, "id" | "type" | "label" | "labelEn" | "labelAr" | "kind" | "date">;
}

/** `search` is a cursor connection; the box shows the first page only, so it reads `nodes`. */
export interface SearchData {
  search: { nodes: SearchHit[] };
}
