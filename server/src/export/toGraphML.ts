import type { ExportGraph } from "../graph/fetchExportGraph.ts";
import { attributeColumns, EDGE_COLUMNS, edgeAttributeValues, formatAttribute, hasValue, nodeAttributeValues, type AttributeColumn, type AttributeValues } from "./exportAttributes.ts";
import { escapeXmlAttribute as attr, escapeXmlText as text } from "./escapeXml.ts";

/**
 * GraphML (yEd, Gephi, Cytoscape desktop, NetworkX, igraph): one <key> per attribute with its
 * attr.type, then nodes and directed edges with their <data>. Lists are joined with "|".
 * A graph-level "truncated" tells whether the node cap cut the export.
 */
export function toGraphML(graph: ExportGraph): string {
  const nodeRows = graph.nodes.map(nodeAttributeValues);
  const nodeColumns = attributeColumns(nodeRows);
  const nodeKeys = new Map(nodeColumns.map((c, i) => [c.name, `n${i}`]));
  const edgeKeys = new Map(EDGE_COLUMNS.map((c, i) => [c.name, `e${i}`]));
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="g0" for="graph" attr.name="truncated" attr.type="boolean"/>',
    ...nodeColumns.map((c) => keyLine(nodeKeys.get(c.name)!, "node", c)),
    ...EDGE_COLUMNS.map((c) => keyLine(edgeKeys.get(c.name)!, "edge", c)),
    '  <graph id="entente" edgedefault="directed">',
    `    <data key="g0">${graph.truncated}</data>`,
  ];
  graph.nodes.forEach((node, i) => {
    out.push(`    <node id="${attr(node.id)}">`, ...dataLines(nodeRows[i]!, nodeKeys), "    </node>");
  });
  for (const edge of graph.edges) {
    out.push(
      `    <edge id="${attr(edge.id)}" source="${attr(edge.source)}" target="${attr(edge.target)}">`,
      ...dataLines(edgeAttributeValues(edge), edgeKeys),
      "    </edge>",
    );
  }
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}

function keyLine(id: string, domain: "node" | "edge", column: AttributeColumn): string {
  return `  <key id="${id}" for="${domain}" attr.name="${attr(column.name)}" attr.type="${column.type}"/>`;
}

function dataLines(values: AttributeValues, keys: Map<string, string>): string[] {
  const lines: string[] = [];
  for (const [name, key] of keys) {
    const value = values[name];
    if (!hasValue(value)) continue;
    lines.push(`      <data key="${key}">${text(formatAttribute(value))}</data>`);
  }
  return lines;
}
