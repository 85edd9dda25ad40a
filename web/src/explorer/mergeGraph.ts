import type { ExplorerEdge, ExplorerNode, LoadedGraph } from "./LoadedGraph.ts";

export interface MergeResult {
  graph: LoadedGraph;
  /** Ids of the nodes that were not loaded before, in the order they came. */
  addedNodeIds: string[];
  /** Ids of the edges that were not loaded before. */
  addedEdgeIds: string[];
}

/**
 * Merges nodes and edges into the loaded graph by id: known nodes get the newer data (a degree
 * may have grown after an ingest), new ones are added. An edge is kept only when both ends are
 * loaded, and an edge without a known id is matched to a loaded one with the same ends and type
 * (either way round: a path may list a relationship from its other end), so a path or an
 * expansion never draws a relationship twice.
 */
export function mergeGraph(graph: LoadedGraph, nodes: readonly ExplorerNode[], edges: readonly ExplorerEdge[]): MergeResult {
  const nextNodes = new Map(graph.nodes);
  const addedNodeIds: string[] = [];
  for (const node of nodes) {
    if (!nextNodes.has(node.id)) addedNodeIds.push(node.id);
    nextNodes.set(node.id, node);
  }
  const nextEdges = new Map(graph.edges);
  const byEnds = new Map<string, string>();
  for (const edge of nextEdges.values()) byEnds.set(endsKey(edge), edge.id);
  const addedEdgeIds: string[] = [];
  for (const edge of edges) {
    if (!nextNodes.has(edge.source) || !nextNodes.has(edge.target)) continue;
    const sameEnds = byEnds.get(endsKey(edge)) ?? byEnds.get(endsKey({ ...edge, source: edge.target, target: edge.source }));
    if (nextEdges.has(edge.id) || (sameEnds !== undefined && sameEnds !== edge.id)) continue;
    nextEdges.set(edge.id, edge);
    byEnds.set(endsKey(edge), edge.id);
    addedEdgeIds.push(edge.id);
  }
  return { graph: { nodes: nextNodes, edges: nextEdges }, addedNodeIds, addedEdgeIds };
}

/** The id a loaded edge with these ends and type has, if any (either direction). */
export function findEdgeId(graph: LoadedGraph, source: string, target: string, type: string): string | undefined {
  for (const edge of graph.edges.values()) {
    if (edge.type !== type) continue;
    if ((edge.source === source && edge.target === target) || (edge.source === target && edge.target === source)) return edge.id;
  }
  return undefined;
}

function endsKey(edge: Pick<ExplorerEdge, "source" | "target" | "type">): string {
  return `${edge.source}\u0000${edge.type}\u0000${edge.target}`;
}
