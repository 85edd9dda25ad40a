/** An id for a path edge the network has not loaded (paths carry no edge ids). */
export function pathEdgeId(edge: { source: string; target: string; type: string }): string {
  return `path:${edge.source}|${edge.type}|${edge.target}`;
}
