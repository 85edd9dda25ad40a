import { describe, expect, it } from "vitest";
import { estimateNodeBox } from "../../server/src/layout/estimateNodeBox.ts";
import { contentKey, createOverviewLayouts } from "../../server/src/layout/OverviewLayouts.ts";
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

describe("the overview layout worker on a large overview", () => {
  it("gives the large graph's draft layout: every node placed, apart from the others", async () => {
    // 900 nodes (beyond LARGE_GRAPH_NODES): a ring of hubs, each with leaves.
    const nodes = Array.from({ length: 900 }, (_, index) => node(`n${index}`, index % 30 === 0 ? 30 : 1));
    const edges = nodes.map((row, index) => (index % 30 === 0 ? edge(row.id, `n${(index + 30) % 900}`) : edge(`n${index - (index % 30)}`, row.id)));
    const layouts = createOverviewLayouts({ waitMs: 60_000 });
    try {
      const positions = await layouts.positionsFor({ nodes, edges });
      expect(positions).toHaveLength(900);
      const unique = new Set(positions!.map(({ x, y }) => `${x}:${y}`));
      expect(unique.size).toBe(900);
      expect(positions!.every(({ x, y }) => Number.isInteger(x) && Number.isInteger(y))).toBe(true);
      // A leaf sits near its hub: closer than hubs, a ring of 30, sit to one another on average.
      const at = new Map(positions!.map((row) => [row.id, row]));
      const gap = (a: string, b: string) => Math.hypot(at.get(a)!.x - at.get(b)!.x, at.get(a)!.y - at.get(b)!.y);
      const leafToHub = nodes.filter((_, index) => index % 30 !== 0).map((_, k) => gap(`n${k + 1 + Math.floor(k / 29)}`, `n${30 * Math.floor(k / 29)}`));
      const hubToHub = Array.from({ length: 30 }, (_, h) => gap(`n${30 * h}`, `n${30 * ((h + 15) % 30)}`));
      const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
      expect(mean(leafToHub)).toBeLessThan(mean(hubToHub) / 3);
    } finally {
      await layouts.close();
    }
  });
});
