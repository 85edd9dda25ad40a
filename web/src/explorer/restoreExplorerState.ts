import type { ExplorerBase } from "./ExplorerBase.ts";
import type { GraphPiece } from "./ExplorerAction.ts";
import { INITIAL_EXPLORER_STATE, type ExplorerState } from "./ExplorerState.ts";
import { explorerReducer } from "./explorerReducer.ts";
import type { SavedViewState } from "./SavedViewState.ts";

export interface GraphFetchers {
  fetchBase: (base: ExplorerBase) => Promise<GraphPiece>;
  fetchNeighborhood: (ids: string[], depth: number) => Promise<GraphPiece>;
}

/**
 * Rebuilds the explorer from a saved view: loads its base and replays its expansions in order
 * (so collapsing works as it did), then applies filters, time, selection and layout, and asks the
 * network to put nodes and camera back where they were.
 */
export async function restoreExplorerState(saved: SavedViewState, fetchers: GraphFetchers, arrangementKey: number): Promise<ExplorerState> {
  let state = explorerReducer(INITIAL_EXPLORER_STATE, { type: "baseLoaded", base: saved.base, piece: await fetchers.fetchBase(saved.base), arrangementKey });
  // A view saved without positions (a link made by hand, an older view) starts from the server's layout of its base.
  const basePositions = state.arrangement?.positions ?? null;
  for (const expansion of saved.expanded) {
    const piece = await fetchers.fetchNeighborhood([expansion.id], expansion.depth);
    state = explorerReducer(state, { type: "expanded", id: expansion.id, depth: expansion.depth, piece });
  }
  const loaded = (id: string) => state.graph.nodes.has(id);
  return {
    ...state,
    hiddenIds: saved.hidden.filter(loaded),
    pinnedIds: saved.pinned.filter(loaded),
    filters: saved.filters,
    time: saved.time,
    selectedId: saved.selected !== null && loaded(saved.selected) ? saved.selected : null,
    layout: saved.layout,
    highlight: null,
    arrangement: { key: arrangementKey, positions: saved.positions ?? (saved.layout === "fcose" ? basePositions : null), camera: saved.camera },
  };
}
