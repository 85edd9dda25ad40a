import type { Graph } from "./generated/graphqlTypes.ts";

/** The whole graph (articles excluded) for the network view. */
export const OVERVIEW_QUERY = /* GraphQL */ `
  query Overview($limit: Int) {
    overview(limit: $limit) {
      truncated
      nodes {
        id
        type
        label
        labelEn
        labelAr
        kind
        date
        domains
        degree
      }
      edges {
        id
        source
        target
        type
        label
        sourceCount
      }
    }
  }
`;

export interface OverviewVariables extends Record<string, unknown> {
  limit?: number;
}

export interface OverviewData {
  overview: Graph;
}
