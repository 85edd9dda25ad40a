import type { NetworkArrangement, NodePositions } from "../graph/NetworkCamera.ts";
import type { NetworkLayoutName } from "../graph/NetworkLayoutName.ts";
import type { ExplorerAction, GraphPiece } from "./ExplorerAction.ts";
import type { ExplorerState, Expansion } from "./ExplorerState.ts";
import { loadedGraphOf } from "./LoadedGraph.ts";
import { findEdgeId, mergeGraph } from "./mergeGraph.ts";
import { removeNodes } from "./removeNodes.ts";

/** The explorer's state transitions; pure, so every one is unit-tested. */
export function explorerReducer(state: ExplorerState, action: ExplorerAction): ExplorerState {
  switch (action.type) {
    case "baseLoaded": {
      const graph = loadedGraphOf(action.piece.nodes, action.piece.edges);
      return {
        ...state,
        base: action.base,
        graph,
        truncated: action.piece.truncated,
        expansions: [],
        hiddenIds: [],
        pinnedIds: state.pinnedIds.filter((id) => graph.nodes.has(id)),
        selectedId: action.base.kind === "focus" ? action.base.id : state.selectedId !== null && graph.nodes.has(state.selectedId) ? state.selectedId : null,
        highlight: null,
        arrangement: serverArrangement(action.piece, state.layout, action.arrangementKey),
      };
    }
    case "expanded": {
      const merged = mergeGraph(state.graph, action.piece.nodes, action.piece.edges);
      const previous = state.expansions.find((expansion) => expansion.id === action.id);
      const expansion: Expansion = {
        id: action.id,
        depth: Math.max(action.depth, previous?.depth ?? 0),
        addedNodeIds: [...(previous?.addedNodeIds ?? []), ...merged.addedNodeIds],
        truncated: action.piece.truncated,
      };
      return {
        ...state,
        graph: merged.graph,
        expansions: [...state.expansions.filter((item) => item.id !== action.id), expansion],
        // Expanding a node the user hid shows it again: they asked for its neighbourhood.
        hiddenIds: state.hiddenIds.filter((id) => id !== action.id && !merged.addedNodeIds.includes(id)),
      };
    }
    case "collapsed":
      return collapse(state, action.id);
    case "hidden":
      return {
        ...state,
        hiddenIds: state.hiddenIds.includes(action.id) ? state.hiddenIds : [...state.hiddenIds, action.id],
        selectedId: state.selectedId === action.id ? null : state.selectedId,
      };
    case "shownAll":
      return { ...state, hiddenIds: [] };
    case "pinToggled":
      return {
        ...state,
        pinnedIds: state.pinnedIds.includes(action.id)
          ? state.pinnedIds.filter((id) => id !== action.id)
          : [...state.pinnedIds, action.id],
      };
    case "filtersChanged":
      return { ...state, filters: action.filters };
    case "timeChanged":
      return { ...state, time: action.time };
    case "selected":
      return state.selectedId === action.id ? state : { ...state, selectedId: action.id };
    case "layoutChanged":
      return { ...state, layout: action.layout, arrangement: null };
    case "pathShown": {
      const merged = mergeGraph(state.graph, action.piece.nodes, action.piece.edges);
      const edgeIds = action.edges
        .map((edge) => findEdgeId(merged.graph, edge.source, edge.target, edge.type))
        .filter((id): id is string => id !== undefined);
      return {
        ...state,
        graph: merged.graph,
        hiddenIds: state.hiddenIds.filter((id) => !action.nodeIds.includes(id)),
        highlight: { kind: "path", nodeIds: action.nodeIds, edgeIds },
      };
    }
    case "ingested": {
      const merged = mergeGraph(state.graph, action.piece.nodes, action.piece.edges);
      const nodeIds = action.nodeIds.filter((id) => merged.graph.nodes.has(id));
      const nodeSet = new Set(nodeIds);
      const edgeIds = [...merged.graph.edges.values()]
        .filter((edge) => nodeSet.has(edge.source) && nodeSet.has(edge.target))
        .map((edge) => edge.id);
      return {
        ...state,
        graph: merged.graph,
        hiddenIds: state.hiddenIds.filter((id) => !nodeSet.has(id)),
        highlight: { kind: "ingest", nodeIds, edgeIds },
      };
    }
    case "highlightCleared":
      return state.highlight === null ? state : { ...state, highlight: null };
    case "restored":
      return action.state;
  }
}

/**
 * The server's positions as an arrangement for the network, which then places nodes instead of
 * running the layout: only for the force-directed layout the server ran, and only when every
 * node has a position (otherwise the browser lays the whole piece out itself).
 */
function serverArrangement(piece: GraphPiece, layout: NetworkLayoutName, key: number | undefined): NetworkArrangement | null {
  if (layout !== "fcose" || key === undefined || !piece.positions || piece.positions.length === 0) return null;
  const positions: NodePositions = {};
  for (const { id, x, y } of piece.positions) positions[id] = [x, y];
  if (piece.nodes.some((node) => positions[node.id] === undefined)) return null;
  return { key, positions, camera: null };
}

/**
 * Removes what expanding `id` added, and the expansions anchored on a removed node with it.
 * Nodes that are pinned or selected go too: they came with the expansion the user undid.
 */
function collapse(state: ExplorerState, id: string): ExplorerState {
  const removed = new Set<string>();
  let expansions = state.expansions;
  let pending = [id];
  while (pending.length > 0) {
    const anchors = new Set(pending);
    pending = [];
    for (const expansion of expansions) {
      if (!anchors.has(expansion.id)) continue;
      for (const added of expansion.addedNodeIds) {
        if (added === id || removed.has(added)) continue;
        removed.add(added);
        pending.push(added);
      }
    }
    expansions = expansions.filter((expansion) => !anchors.has(expansion.id));
  }
  return {
    ...state,
    graph: removeNodes(state.graph, removed),
    expansions,
    hiddenIds: state.hiddenIds.filter((hidden) => !removed.has(hidden)),
    pinnedIds: state.pinnedIds.filter((pinned) => !removed.has(pinned)),
    selectedId: state.selectedId !== null && removed.has(state.selectedId) ? null : state.selectedId,
    highlight: state.highlight && {
      ...state.highlight,
      nodeIds: state.highlight.nodeIds.filter((node) => !removed.has(node)),
    },
  };
}
