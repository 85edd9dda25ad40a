// Runs force-directed layouts off the server's event loop (see OverviewLayouts). One message in,
// one out: { id, nodes, edges, options } -> { id, positions } or { id, error }.
import { parentPort } from "node:worker_threads";
import cytoscape, { type LayoutOptions } from "cytoscape";
import fcose from "cytoscape-fcose";
import { LARGE_GRAPH_DRAFT, usesDraftLayout } from "../../../web/src/graph/networkLayoutOptions.ts";
import { pivotMdsPositions } from "../../../web/src/graph/pivotMdsLayout.ts";

export interface LayoutJob {
  id: number;
  /** Each node's box with its label, and the diameter of the node alone. */
  nodes: { id: string; width: number; height: number; size: number }[];
  edges: { source: string; target: string }[];
  options: LayoutOptions;
  /** Seeds the random start, so the same graph is always drawn the same way. */
  seed: number;
}

export type LayoutReply = { id: number; positions: [string, number, number][] } | { id: number; error: string };

cytoscape.use(fcose);

/** mulberry32: a small, well-spread 32-bit generator; only the layout's random start uses it. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole model unit; never -0, which JSON writes as 0, so a position reads the same after a round trip. */
function toUnit(value: number): number {
  return Math.round(value) || 0;
}

function runLayout(job: LayoutJob): [string, number, number][] {
  // Large or dense graphs: the same draft layout the browser computes for them (NetworkView), in
  // milliseconds where fcose would keep the overview waiting for seconds (usesDraftLayout).
  if (usesDraftLayout(job.nodes.length, job.edges.length)) {
    const positions = pivotMdsPositions(job.nodes, job.edges, LARGE_GRAPH_DRAFT);
    return job.nodes.map((node): [string, number, number] => {
      const { x, y } = positions.get(node.id)!;
      return [node.id, toUnit(x), toUnit(y)];
    });
  }
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: "node", style: { width: "data(width)", height: "data(height)" } }],
    elements: [
      ...job.nodes.map((node) => ({ group: "nodes" as const, data: node })),
      ...job.edges.map((edge, index) => ({ group: "edges" as const, data: { id: `e${index}`, ...edge } })),
    ],
  });
  // fcose draws its random start and its spectral samples from Math.random. This thread runs
  // nothing else, and the run is synchronous, so seeding it here touches no other code.
  const random = Math.random;
  Math.random = seededRandom(job.seed);
  try {
    cy.layout({ ...job.options, animate: false, fit: false, nodeDimensionsIncludeLabels: false } as LayoutOptions).run();
  } finally {
    Math.random = random;
  }
  const positions = cy.nodes().map((node): [string, number, number] => {
    const { x, y } = node.position();
    return [node.id(), toUnit(x), toUnit(y)];
  });
  cy.destroy();
  return positions;
}

parentPort?.on("message", (job: LayoutJob) => {
  let reply: LayoutReply;
  try {
    reply = { id: job.id, positions: runLayout(job) };
  } catch (error) {
    reply = { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
