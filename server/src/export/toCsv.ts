import type { ExportGraph } from "../graph/fetchExportGraph.ts";
import { attributeColumns, EDGE_COLUMNS, edgeAttributeValues, formatAttribute, nodeAttributeValues } from "./exportAttributes.ts";

export interface CsvFiles {
  nodesCsv: string;
  edgesCsv: string;
}

// Excel reads a CSV without a byte order mark in the local code page, which garbles Arabic.
const BOM = "\uFEFF";

/**
 * Two RFC 4180 files (CRLF line ends, quoted fields where needed), UTF-8 with a BOM.
 * Headers follow Gephi's spreadsheet import (Id, Label; Source, Target, Weight) and stay plain
 * for R, pandas and Excel. The edge's relationship type is both its Label and "relationship"
 * (a column named "type" would be read by Gephi as directed/undirected). Lists are joined with "|".
 */
export function toCsv(graph: ExportGraph): CsvFiles {
  const nodeRows = graph.nodes.map(nodeAttributeValues);
  const columns = attributeColumns(nodeRows).filter((c) => c.name !== "label");
  const nodeLines = [
    ["Id", "Label", ...columns.map((c) => c.name)],
    ...graph.nodes.map((node, i) => [node.id, node.label, ...columns.map((c) => formatAttribute(nodeRows[i]![c.name]))]),
  ];
  const edgeColumns = EDGE_COLUMNS.filter((c) => c.name !== "type" && c.name !== "sourceCount");
  const edgeLines = [
    ["Id", "Source", "Target", "Label", "Weight", "relationship", ...edgeColumns.map((c) => c.name)],
    ...graph.edges.map((edge) => {
      const values = edgeAttributeValues(edge);
      return [edge.id, edge.source, edge.target, edge.type, String(edge.sourceCount), edge.type, ...edgeColumns.map((c) => formatAttribute(values[c.name]))];
    }),
  ];
  return { nodesCsv: toCsvText(nodeLines), edgesCsv: toCsvText(edgeLines) };
}

function toCsvText(rows: string[][]): string {
  return BOM + rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/** RFC 4180: a field holding a comma, quote or line break is quoted, its quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
