import { useCallback, useReducer, useRef, useState, type Dispatch } from "react";
import type { ExplorerAction, GraphPiece } from "./ExplorerAction.ts";
import { OVERVIEW_BASE, type ExplorerBase } from "./ExplorerBase.ts";
import { INITIAL_EXPLORER_STATE, type ExplorerState } from "./ExplorerState.ts";
import { explorerReducer } from "./explorerReducer.ts";
import { fetchBase, fetchNeighborhood } from "./fetchGraphPieces.ts";
import { restoreExplorerState } from "./restoreExplorerState.ts";
import type { SavedViewState } from "./SavedViewState.ts";

export type LoadStatus = { status: "loading" } | { status: "ready" } | { status: "error"; error: Error };

export interface Explorer {
  state: ExplorerState;
  dispatch: Dispatch<ExplorerAction>;
  /** The base graph or a restored view is loading (or failed to). */
  load: LoadStatus;
  /** Id of the node being expanded, if any. */
  expandingId: string | null;
  loadBase: (base: ExplorerBase) => Promise<void>;
  /** Shows a graph built in the page (the benchmark's synthetic one) as the base. */
  showPiece: (base: ExplorerBase, piece: GraphPiece) => void;
  /** Resolves with the number of nodes the expansion added. */
  expand: (id: string, depth: number) => Promise<number>;
  restore: (saved: SavedViewState) => Promise<void>;
}

/**
 * The explorer's state and the requests that change it (base load, expansion, view restore).
 * `initialOverview`, when the page already has it (main.tsx), is the base from the first render.
 */
export function useExplorer(initialOverview: GraphPiece | null = null): Explorer {
  const [state, dispatch] = useReducer(explorerReducer, initialOverview, (overview) =>
    overview ? explorerReducer(INITIAL_EXPLORER_STATE, { type: "baseLoaded", base: OVERVIEW_BASE, piece: overview, arrangementKey: 1 }) : INITIAL_EXPLORER_STATE,
  );
  const [load, setLoad] = useState<LoadStatus>(initialOverview ? { status: "ready" } : { status: "loading" });
  const [expandingId, setExpandingId] = useState<string | null>(null);
  const arrangementKeyRef = useRef(initialOverview ? 1 : 0);
  const graphRef = useRef(state.graph);
  graphRef.current = state.graph;
  // A later load wins over an earlier one still in flight (stepping fast through a story).
  const loadTokenRef = useRef(0);

  const loadBase = useCallback(async (base: ExplorerBase) => {
    const token = ++loadTokenRef.current;
    setLoad({ status: "loading" });
    try {
      const piece = await fetchBase(base);
      if (token !== loadTokenRef.current) return;
      arrangementKeyRef.current += 1;
      dispatch({ type: "baseLoaded", base, piece, arrangementKey: arrangementKeyRef.current });
      setLoad({ status: "ready" });
    } catch (error) {
      if (token === loadTokenRef.current) setLoad({ status: "error", error: asError(error) });
    }
  }, []);

  const showPiece = useCallback((base: ExplorerBase, piece: GraphPiece) => {
    loadTokenRef.current += 1;
    dispatch({ type: "baseLoaded", base, piece });
    setLoad({ status: "ready" });
  }, []);

  const expand = useCallback(async (id: string, depth: number) => {
    setExpandingId(id);
    try {
      const piece = await fetchNeighborhood([id], depth);
      // Counted here rather than read back from state, which has not re-rendered yet.
      const added = piece.nodes.filter((node) => !graphRef.current.nodes.has(node.id)).length;
      dispatch({ type: "expanded", id, depth, piece });
      return added;
    } finally {
      setExpandingId(null);
    }
  }, []);

  const restore = useCallback(async (saved: SavedViewState) => {
    const token = ++loadTokenRef.current;
    setLoad({ status: "loading" });
    try {
      arrangementKeyRef.current += 1;
      const restored = await restoreExplorerState(saved, { fetchBase, fetchNeighborhood }, arrangementKeyRef.current);
      if (token !== loadTokenRef.current) return;
      dispatch({ type: "restored", state: restored });
      setLoad({ status: "ready" });
    } catch (error) {
      if (token === loadTokenRef.current) setLoad({ status: "error", error: asError(error) });
      throw error;
    }
  }, []);

  return { state, dispatch, load, expandingId, loadBase, showPiece, expand, restore };
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
