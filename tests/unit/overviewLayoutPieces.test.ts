import { describe, expect, it } from "vitest";
import { estimateNodeBox } from "../../server/src/layout/estimateNodeBox.ts";
import { contentKey } from "../../server/src/layout/OverviewLayouts.ts";
import type { GraphNodeRow } from "../../server/src/graph/toGraphNode.ts";
import { NODE_LABEL, nodeSizeForDegree } from "../../web/src/graph/nodeMetrics.ts";

const box = (label: string, type = "PERSON", degree = 1) => estimateNodeBox({ type, degree, labels: [label] });

describe("estimateNodeBox", () => {
  it("is at least the node's own size, and wider for a longer label", () => {
    const short = box("Oman");
    expect(short.width).toBeGreaterThanOrEqual(nodeSizeForDegree(1));
    expect(short.height).toBeGreaterThan(nodeSizeForDegree(1));
    expect(box("Organisation of Islamic Cooperation").width).toBeGreaterThan(box("Organisation").width);
  });

  it("wraps a label at the stylesheet's maximum width, growing taller instead", () => {
    const long = box("Memorandum of understanding on defence cooperation between the parties");
    expect(long.width).toBeLessThanOrEqual(NODE_LABEL.maxWidth + 2 * NODE_LABEL.backgroundPadding);
    expect(long.height).toBeGreaterThan(box("Memorandum").height);
  });

  it("gives a state's larger font and a hub's larger circle more room", () => {
    expect(box("Morocco", "STATE").width).toBeGreaterThan(box("Morocco", "PERSON").width);
    expect(box("x", "PERSON", 25).width).toBe(nodeSizeForDegree(25));
  });

  it("counts the longest of the labels the explorer may draw, Arabic included", () => {
    const both = estimateNodeBox({ type: "PERSON", degree: 1, labels: ["Tal Kalman", "تال كالمان رئيس الدائرة الاستراتيجية", null] });
    expect(both.width).toBeGreaterThan(box("Tal Kalman").width);
    expect(box("المغرب").width).toBeGreaterThan(nodeSizeForDegree(1));
  });
});

function node(id: string, degree = 1, label = id): GraphNodeRow {
  return { id, type: "STATE", label, labelEn: null, labelAr: null, kind: null, date: null, domains: null, degree };
}
const edge = (source: string, target: string) => ({ id: `${source}-${target}`, source, target, type: "PARTY_TO", label: null, sourceCount: 1 });

describe("contentKey", () => {
  const graph = { nodes: [node("a"), node("b"), node("c")], edges: [edge("a", "b"), edge("b", "c")] };

  it("does not depend on the order rows come in", () => {
    expect(contentKey({ nodes: [...graph.nodes].reverse(), edges: [...graph.edges].reverse() })).toBe(contentKey(graph));
  });

  it("changes with anything the layout depends on: nodes, degrees, labels and edges", () => {
    const key = contentKey(graph);
    expect(contentKey({ ...graph, nodes: [...graph.nodes, node("d")] })).not.toBe(key);
    expect(contentKey({ ...graph, nodes: [node("a", 2), node("b"), node("c")] })).not.toBe(key);
    expect(contentKey({ ...graph, nodes: [node("a", 1, "A longer name"), node("b"), node("c")] })).not.toBe(key);
    expect(contentKey({ ...graph, edges: [edge("a", "b"), edge("a", "c")] })).not.toBe(key);
  });
});
