import type { GraphEdge, GraphNode } from "../api/generated/graphqlTypes.ts";

/** A node as the explorer keeps it: the fields the network view selects from GraphNode. */
export type ExplorerNode = Omit<GraphNode, "__typename">;

/** An edge as the explorer keeps it. */
export type ExplorerEdge = Omit<GraphEdge, "__typename">;

/** The part of the graph loaded in the explorer, by id; replaced, never mutated. */
export interface LoadedGraph {
  nodes: ReadonlyMap<string, ExplorerNode>;
  edges: ReadonlyMap<string, ExplorerEdge>;
}

export const EMPTY_GRAPH: LoadedGraph = { nodes: new Map(), edges: new Map() };

/** Builds a loaded graph from API lists, dropping edges whose ends are missing. */
export function loadedGraphOf(nodes: readonly ExplorerNode[], edges: readonly ExplorerEdge[]): LoadedGraph {
  const nodeMap = new Map(nodes.map((node) => [node.id, stripTypename(node)]));
  const edgeMap = new Map<string, ExplorerEdge>();
  for (const edge of edges) {
    if (nodeMap.has(edge.source) && nodeMap.has(edge.target)) edgeMap.set(edge.id, stripTypename(edge));
  }
  return { nodes: nodeMap, edges: edgeMap };
}

function stripTypename<T extends object>(value: T): T {
  if (!("__typename" in value)) return value;
  const { __typename: _ignored, ...rest } = value as T & { __typename?: string };
  return rest as T;
}
