import type { LoadedGraph } from "./LoadedGraph.ts";

/** The graph without the given nodes and every edge touching them. */
export function removeNodes(graph: LoadedGraph, ids: ReadonlySet<string>): LoadedGraph {
  if (ids.size === 0) return graph;
  const nodes = new Map([...graph.nodes].filter(([id]) => !ids.has(id)));
  const edges = new Map([...graph.edges].filter(([, edge]) => !ids.has(edge.source) && !ids.has(edge.target)));
  return { nodes, edges };
}
