import type { NodePosition } from "../api/generated/graphqlTypes.ts";
import type { NetworkLayoutName } from "../graph/NetworkLayoutName.ts";
import type { ExplorerBase } from "./ExplorerBase.ts";
import type { ExplorerState } from "./ExplorerState.ts";
import type { ExplorerEdge, ExplorerNode } from "./LoadedGraph.ts";
import type { NetworkFilters } from "./NetworkFilters.ts";
import type { TimeRange } from "./TimeRange.ts";

/** A piece of the graph as the API returns it for drawing. */
export interface GraphPiece {
  nodes: readonly ExplorerNode[];
  edges: readonly ExplorerEdge[];
  truncated: boolean;
  /** Where the server's force-directed layout put each node (the overview only), so the browser need not run it. */
  positions?: readonly NodePosition[] | null;
}

/** Everything that can happen to the explorer. */
export type ExplorerAction =
  | {
      type: "baseLoaded";
      base: ExplorerBase;
      piece: GraphPiece;
      /** Identifies the arrangement made of the piece's positions, when it has some (see NetworkArrangement). */
      arrangementKey?: number;
    }
  | { type: "expanded"; id: string; depth: number; piece: GraphPiece }
  | { type: "collapsed"; id: string }
  | { type: "hidden"; id: string }
  | { type: "shownAll" }
  | { type: "pinToggled"; id: string }
  | { type: "filtersChanged"; filters: NetworkFilters }
  | { type: "timeChanged"; time: TimeRange }
  | { type: "selected"; id: string | null }
  | { type: "layoutChanged"; layout: NetworkLayoutName }
  | { type: "pathShown"; piece: GraphPiece; nodeIds: string[]; edges: { source: string; target: string; type: string }[] }
  | { type: "ingested"; piece: GraphPiece; nodeIds: string[] }
  | { type: "highlightCleared" }
  | { type: "restored"; state: ExplorerState };
