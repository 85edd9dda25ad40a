import { NEIGHBORHOOD_QUERY, type NeighborhoodData, type NeighborhoodVariables } from "../api/neighborhoodQuery.ts";
import { OVERVIEW_QUERY, type OverviewData, type OverviewVariables } from "../api/overviewQuery.ts";
import { requestGraphQL } from "../api/requestGraphQL.ts";
import type { ExplorerBase } from "./ExplorerBase.ts";
import type { GraphPiece } from "./ExplorerAction.ts";
import { OVERVIEW_LIMIT, takePrefetchedOverview } from "./overviewPrefetch.ts";

/** Nodes one expansion may add at most; the API says when it cut there. */
export const NEIGHBORHOOD_LIMIT = 300;

/** The graph an exploration starts from. */
export async function fetchBase(base: ExplorerBase, signal?: AbortSignal): Promise<GraphPiece> {
  if (base.kind === "focus") return fetchNeighborhood([base.id], base.depth, signal);
  // The first overview of a page load was requested by index.html already (see overviewPrefetch).
  const prefetched = await takePrefetchedOverview();
  if (prefetched) {
    performance.mark("entente:overview-end");
    return prefetched;
  }
  performance.mark("entente:overview-start");
  const data = await requestGraphQL<OverviewData, OverviewVariables>(OVERVIEW_QUERY, { limit: OVERVIEW_LIMIT }, signal);
  performance.mark("entente:overview-end");
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
