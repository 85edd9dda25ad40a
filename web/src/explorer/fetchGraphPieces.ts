import { NEIGHBORHOOD_QUERY, type NeighborhoodData, type NeighborhoodVariables } from "../api/neighborhoodQuery.ts";
import { OVERVIEW_QUERY, type OverviewData, type OverviewVariables } from "../api/overviewQuery.ts";
import { requestGraphQL } from "../api/requestGraphQL.ts";
import type { ExplorerBase } from "./ExplorerBase.ts";
import type { GraphPiece } from "./ExplorerAction.ts";

/** Nodes the overview loads: the whole seed graph fits; a large graph is cut to its best connected part. */
export const OVERVIEW_LIMIT = 1000;
/** Nodes one expansion may add at most; the API says when it cut there. */
export const NEIGHBORHOOD_LIMIT = 300;

/** The graph an exploration starts from. */
export async function fetchBase(base: ExplorerBase, signal?: AbortSignal): Promise<GraphPiece> {
  if (base.kind === "focus") return fetchNeighborhood([base.id], base.depth, signal);
  const data = await requestGraphQL<OverviewData, OverviewVariables>(OVERVIEW_QUERY, { limit: OVERVIEW_LIMIT }, signal);
  return data.overview;
}

/** Nodes and edges within `depth` hops of `ids`. */
export async function fetchNeighborhood(ids: string[], depth: number, signal?: AbortSignal): Promise<GraphPiece> {
  const data = await requestGraphQL<NeighborhoodData, NeighborhoodVariables>(
    NEIGHBORHOOD_QUERY,
    { ids, depth, limit: NEIGHBORHOOD_LIMIT },
    signal,
  );
  return data.neighborhood;
}
