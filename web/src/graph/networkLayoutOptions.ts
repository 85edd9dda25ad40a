import type { LayoutOptions, NodeSingular } from "cytoscape";
import type { NetworkLayoutName } from "./NetworkLayoutName.ts";

export const FIT_PADDING = 48;

/**
 * Beyond this many nodes the network is drawn for speed (NetworkView, networkStylesheet) and the
 * default layout is a draft computed outside Cytoscape (pivotMdsLayout).
 */
export const LARGE_GRAPH_NODES = 800;

/** Above this many nodes, the force-directed layout is the draft (see usesDraftLayout). */
export const DRAFT_LAYOUT_NODES = 350;
/** Above this many nodes, with DENSE_EDGES_PER_NODE edges per node or more, it is the draft too. */
export const DENSE_DRAFT_LAYOUT_NODES = 150;
export const DENSE_EDGES_PER_NODE = 2.5;

/**
 * Whether the force-directed layout of a graph this size is the draft (pivotMdsLayout) rather than
 * fcose. fcose runs on the page's only thread, at least five iterations per node, and is slow where
 * nodes crowd. In Node on this project's machine (2026-11-30):
 * - two joined copies of the seed graph (514 nodes) took 1.3 s, three (771) 3.9 s;
 * - random graphs of 200 / 600, 400 / 800 and 600 / 1,800 nodes / edges 4.2, 6.3 and 17 s, leaving
 *   190-1,500 pairs of nodes on top of one another;
 * - the seed graph with 220 random edges added 2.3 s.
 * The draft, refined by sparse stress majorization up to 800 nodes (pivotMdsLayout), took 40-120 ms
 * on each, at a stress over sampled pairs as low as fcose's or lower (0.079 against 0.091 on the
 * joined seed graphs, 0.165 against 0.170 on the random 300-node graph; 0.166 against 0.157 on the
 * seed graph with random edges) and with far fewer overlapping nodes. The seed graph itself
 * (257 nodes, 2.2 edges per node) keeps fcose: 1.3 s.
 */
export function usesDraftLayout(nodeCount: number, edgeCount: number): boolean {
  return nodeCount > DRAFT_LAYOUT_NODES || (nodeCount > DENSE_DRAFT_LAYOUT_NODES && edgeCount >= DENSE_EDGES_PER_NODE * nodeCount);
}

/** Options of the large graph's draft layout: edges as long as fcose's draft made them. */
export const LARGE_GRAPH_DRAFT = { edgeLength: 110 } as const;

export interface LayoutContext {
  /** Keep the current positions as a start (after an expansion) instead of starting afresh. */
  incremental: boolean;
  /** Pinned nodes and their positions: the layout must leave them where they are. */
  pinned: { nodeId: string; position: { x: number; y: number } }[];
}

/** Cytoscape options for a layout by name (the timeline layout is computed, see timelinePositions). */
export function networkLayoutOptions(name: Exclude<NetworkLayoutName, "timeline">, context: LayoutContext): LayoutOptions {
  // The view fits itself after every layout (NetworkView), once the filters have hidden what they
  // hide: a fit by the layout too would measure every element a second time (on the synthetic
  // 2,000-node graph, 15% of the traced fcose run was its own fit).
  const common = { animate: false, fit: false, padding: FIT_PADDING };
  switch (name) {
    case "fcose":
      // Large or dense graphs get a draft layout instead (usesDraftLayout, pivotMdsLayout, NetworkView).
      return {
        name: "fcose",
        ...common,
        // "proof" polishes longer for a barely visible gain: three times slower on the seed graph.
        quality: "default",
        randomize: !context.incremental,
        nodeDimensionsIncludeLabels: true,
        nodeRepulsion: 9000,
        // Labels count in node sizes, so edges come out longer than this: 60 (rather than 110)
        // halves the node pairs whose repulsion fcose computes, and the edge crossings, for as few
        // overlapping labels (measured on the seed graph).
        idealEdgeLength: 60,
        edgeElasticity: 0.4,
        nodeSeparation: 90,
        gravity: 0.3,
        numIter: 2500,
        ...(context.pinned.length > 0 ? { fixedNodeConstraint: context.pinned } : {}),
      } as LayoutOptions;
    case "concentric":
      return {
        name: "concentric",
        ...common,
        concentric: (node: NodeSingular) => node.degree(false),
        levelWidth: () => 2,
        minNodeSpacing: 24,
        avoidOverlap: true,
      } as LayoutOptions;
    case "breadthfirst":
      return {
        name: "breadthfirst",
        ...common,
        directed: false,
        spacingFactor: 1.1,
        avoidOverlap: true,
      } as LayoutOptions;
  }
}
