import type { NetworkArrangement } from "../graph/NetworkCamera.ts";
import type { NetworkLayoutName } from "../graph/NetworkLayoutName.ts";
import { OVERVIEW_BASE, type ExplorerBase } from "./ExplorerBase.ts";
import { EMPTY_GRAPH, type LoadedGraph } from "./LoadedGraph.ts";
import { NO_FILTERS, type NetworkFilters } from "./NetworkFilters.ts";
import { ALL_TIME, type TimeRange } from "./TimeRange.ts";

/** One expanded node: how deep, and which nodes the expansion brought (collapse removes them). */
export interface Expansion {
  id: string;
  depth: number;
  addedNodeIds: string[];
  /** The API cut the neighbourhood at its limit. */
  truncated: boolean;
}

/** Elements to stand out: a found path or what an ingest brought. */
export interface Highlight {
  kind: "path" | "ingest";
  nodeIds: string[];
  edgeIds: string[];
}

/** Everything the explorer shows; changed only through explorerReducer. */
export interface ExplorerState {
  base: ExplorerBase;
  graph: LoadedGraph;
  /** The base load was cut at its limit. */
  truncated: boolean;
  expansions: Expansion[];
  hiddenIds: string[];
  pinnedIds: string[];
  filters: NetworkFilters;
  time: TimeRange;
  selectedId: string | null;
  layout: NetworkLayoutName;
  highlight: Highlight | null;
  arrangement: NetworkArrangement | null;
}

export const INITIAL_EXPLORER_STATE: ExplorerState = {
  base: OVERVIEW_BASE,
  graph: EMPTY_GRAPH,
  truncated: false,
  expansions: [],
  hiddenIds: [],
  pinnedIds: [],
  filters: NO_FILTERS,
  time: ALL_TIME,
  selectedId: null,
  layout: "fcose",
  highlight: null,
  arrangement: null,
};
