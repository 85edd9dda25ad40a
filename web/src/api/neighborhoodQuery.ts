import type { EntityType, Graph } from "./generated/graphqlTypes.ts";
import { GRAPH_EDGE_FIELDS, GRAPH_NODE_FIELDS } from "./graphFields.ts";

/** Nodes and edges within `depth` hops (1..3) of some nodes, for expanding and focusing. */
export const NEIGHBORHOOD_QUERY = /* GraphQL */ `
  query Neighborhood($ids: [ID!], $depth: Int, $types: [EntityType!], $limit: Int) {
    neighborhood(ids: $ids, depth: $depth, types: $types, limit: $limit) {
      truncated
      nodes { ${GRAPH_NODE_FIELDS} }
      edges { ${GRAPH_EDGE_FIELDS} }
    }
  }
`;

export interface NeighborhoodVariables extends Record<string, unknown> {
  ids: string[];
  depth: number;
  types?: EntityType[];
  limit?: number;
}

export interface NeighborhoodData {
  neighborhood: Graph;
}
