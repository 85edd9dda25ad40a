import type { Evidence, GraphNode, PathEdge } from "./generated/graphqlTypes.ts";
import { GRAPH_NODE_FIELDS } from "./graphFields.ts";

/** Shortest paths between two entities with the evidence sentence of every edge. */
export const PATHS_QUERY = /* GraphQL */ `
  query Paths($from: ID!, $to: ID!, $maxLength: Int, $first: Int) {
    paths(from: $from, to: $to, maxLength: $maxLength, first: $first) {
      length
      nodes { ${GRAPH_NODE_FIELDS} }
      edges {
        source
        target
        type
        role
        sourceCount
        evidence { articleId articleTitle language publishedAt sentence start end spanStart spanEnd }
      }
    }
  }
`;

export interface PathsVariables extends Record<string, unknown> {
  from: string;
  to: string;
  maxLength?: number;
  first?: number;
}

export type PathEdgeFields = Omit<PathEdge, "__typename" | "evidence"> & { evidence: Evidence[] };

export interface PathFields {
  length: number;
  nodes: GraphNode[];
  edges: PathEdgeFields[];
}

export interface PathsData {
  paths: PathFields[];
}
