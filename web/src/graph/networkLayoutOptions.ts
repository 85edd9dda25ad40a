import type { LayoutOptions, NodeSingular } from "cytoscape";
import type { NetworkLayoutName } from "./NetworkLayoutName.ts";

export const FIT_PADDING = 48;

/**
 * Beyond this many nodes the network is drawn for speed (NetworkView, networkStylesheet) and the
 * default layout is a draft computed outside Cytoscape (pivotMdsLayout).
 */
export const LARGE_GRAPH_NODES = 800;

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
      // Graphs beyond LARGE_GRAPH_NODES get a draft layout instead (pivotMdsLayout, NetworkView).
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
