import type { Graph } from "./generated/graphqlTypes.ts";
import { GRAPH_EDGE_FIELDS, GRAPH_NODE_FIELDS } from "./graphFields.ts";

/** The whole graph (articles excluded) for the network view, with the server's layout of it. */
export const OVERVIEW_QUERY = /* GraphQL */ `
  query Overview($limit: Int) {
    overview(limit: $limit) {
      truncated
      nodes { ${GRAPH_NODE_FIELDS} }
      edges { ${GRAPH_EDGE_FIELDS} }
      positions { id x y }
    }
  }
`;

export interface OverviewVariables extends Record<string, unknown> {
  limit?: number;
}

export interface OverviewData {
  overview: Graph;
}
