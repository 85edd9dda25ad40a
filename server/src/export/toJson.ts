import type { ExportEdge, ExportGraph, ExportNode } from "../graph/fetchExportGraph.ts";

export interface JsonExport {
  nodes: ExportNode[];
  edges: ExportEdge[];
  truncated: boolean;
  exportedAt: string;
}

/** The export as JSON: nodes with all their properties (lists stay lists), edges, and when it was made. */
export function toJson(graph: ExportGraph, exportedAt: Date): string {
  const body: JsonExport = { nodes: graph.nodes, edges: graph.edges, truncated: graph.truncated, exportedAt: exportedAt.toISOString() };
  return JSON.stringify(body, null, 2) + "\n";
}
