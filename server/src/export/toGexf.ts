import type { ExportEdge, ExportGraph } from "../graph/fetchExportGraph.ts";
import { attributeColumns, EDGE_COLUMNS, edgeAttributeValues, formatAttribute, hasValue, nodeAttributeValues, type AttributeColumn, type AttributeValues } from "./exportAttributes.ts";
import { escapeXmlAttribute as attr, escapeXmlText as text } from "./escapeXml.ts";
import { nodeTimeSpan, toFullDate, type NodeTimeSpan } from "./nodeTimeSpan.ts";

/**
 * GEXF 1.3 for Gephi, dynamic with timeformat="date" so its timeline can play the network:
 * agreements start at signedOn, meetings span startDate..endDate, articles start at publishedAt;
 * states, people and organizations have no interval and are always present.
 *
 * Gephi needs full dates, so a partial date starts on the first day of its period
 * (YYYY -> YYYY-01-01, YYYY-MM -> YYYY-MM-01); the attribute "date" keeps the original value and
 * "datePrecision" says how precise it is (YEAR, MONTH or DAY).
 *
 * An edge starts when both its ends exist (the later start) and ends with the earlier end.
 * Edges carry label and kind = relationship type, weight = number of supporting articles.
 */
export function toGexf(graph: ExportGraph, exportedAt: Date): string {
  const nodeRows = graph.nodes.map(nodeAttributeValues);
  const nodeColumns = attributeColumns(nodeRows);
  const spans = new Map<string, NodeTimeSpan | null>(graph.nodes.map((n) => [n.id, nodeTimeSpan(n)]));
  const description = `Entente graph: ${graph.nodes.length} nodes, ${graph.edges.length} edges${graph.truncated ? " (truncated by the node cap)" : ""}`;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${exportedAt.toISOString().slice(0, 10)}">`,
    "    <creator>Entente</creator>",
    `    <description>${text(description)}</description>`,
    "  </meta>",
    '  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">',
    ...attributesBlock("node", nodeColumns),
    ...attributesBlock("edge", EDGE_COLUMNS),
    "    <nodes>",
  ];
  graph.nodes.forEach((node, i) => {
    const span = spans.get(node.id) ?? null;
    const interval = intervalAttributes(span ? toFullDate(span.start) : null, span?.end ? toFullDate(span.end) : null);
    out.push(`      <node id="${attr(node.id)}" label="${attr(node.label)}"${interval}>`, ...attvalues(nodeRows[i]!, nodeColumns), "      </node>");
  });
  out.push("    </nodes>", "    <edges>");
  for (const edge of graph.edges) {
    const { start, end } = edgeInterval(edge, spans);
    out.push(
      `      <edge id="${attr(edge.id)}" source="${attr(edge.source)}" target="${attr(edge.target)}" label="${attr(edge.type)}" kind="${attr(edge.type)}" weight="${edge.sourceCount}"${intervalAttributes(start, end)}>`,
      ...attvalues(edgeAttributeValues(edge), EDGE_COLUMNS),
      "      </edge>",
    );
  }
  out.push("    </edges>", "  </graph>", "</gexf>", "");
  return out.join("\n");
}

function attributesBlock(domain: "node" | "edge", columns: AttributeColumn[]): string[] {
  return [
    `    <attributes class="${domain}">`,
    ...columns.map((c) => `      <attribute id="${attr(c.name)}" title="${attr(c.name)}" type="${c.type}"/>`),
    "    </attributes>",
  ];
}

function attvalues(values: AttributeValues, columns: AttributeColumn[]): string[] {
  const lines = columns
    .filter((c) => hasValue(values[c.name]))
    .map((c) => `          <attvalue for="${attr(c.name)}" value="${attr(formatAttribute(values[c.name]))}"/>`);
  return lines.length === 0 ? [] : ["        <attvalues>", ...lines, "        </attvalues>"];
}

function intervalAttributes(start: string | null, end: string | null): string {
  return (start ? ` start="${start}"` : "") + (end ? ` end="${end}"` : "");
}

function edgeInterval(edge: ExportEdge, spans: Map<string, NodeTimeSpan | null>): { start: string | null; end: string | null } {
  const ends = [spans.get(edge.source), spans.get(edge.target)].filter((s): s is NodeTimeSpan => s != null);
  const starts = ends.map((s) => toFullDate(s.start)).sort();
  const finishes = ends.flatMap((s) => (s.end ? [toFullDate(s.end)] : [])).sort();
  const start = starts.at(-1) ?? null;
  const end = finishes[0] ?? null;
  // A meeting that ended before the agreement it is linked to was signed leaves the edge open-ended.
  return { start, end: end && (!start || end >= start) ? end : null };
}
