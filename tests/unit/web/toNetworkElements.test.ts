import { describe, expect, it } from "vitest";
import type { Graph, GraphNode } from "../../../web/src/api/generated/graphqlTypes.ts";
import { networkLabel, nodeSizeForDegree } from "../../../web/src/graph/nodeMetrics.ts";
import { toNetworkElements } from "../../../web/src/graph/toNetworkElements.ts";

function node(id: string, type: GraphNode["type"], label: string, degree: number): GraphNode {
  return { id, type, label, labelEn: null, labelAr: null, kind: null, date: null, domains: null, degree };
}

describe("toNetworkElements", () => {
  it("keeps each node's own-language label and type, and sizes it by degree", () => {
    const graph: Graph = {
      nodes: [node("state:MA", "STATE", "المغرب", 4), node("state:IL", "STATE", "إسرائيل", 1)],
      edges: [{ id: "e1", source: "state:MA", target: "state:IL", type: "PARTY_TO", label: null, sourceCount: 2 }],
      truncated: false,
      positions: null,
    };
    const elements = toNetworkElements(graph);
    expect(elements.map((element) => element.group)).toEqual(["nodes", "nodes", "edges"]);
    expect(elements[0]?.data).toMatchObject({ id: "state:MA", type: "STATE", label: "المغرب", size: nodeSizeForDegree(4) });
    expect(elements[2]?.data).toMatchObject({ source: "state:MA", target: "state:IL", type: "PARTY_TO", label: "", sourceCount: 2 });
  });

  it("drops edges whose ends the overview limit cut off", () => {
    const graph: Graph = {
      nodes: [node("state:MA", "STATE", "المغرب", 1)],
      edges: [{ id: "e1", source: "state:MA", target: "agreement:x", type: "PARTY_TO", label: null, sourceCount: 1 }],
      truncated: true,
      positions: null,
    };
    expect(toNetworkElements(graph).filter((element) => element.group === "edges")).toEqual([]);
  });

  it("marks edges that share their two ends with another edge (either direction) as bundled, and loops", () => {
    const edge = (id: string, source: string, target: string) => ({ id, source, target, type: "PARTY_TO" as const, label: null, sourceCount: 1 });
    const graph = {
      nodes: [node("a", "STATE", "A", 3), node("b", "STATE", "B", 3), node("c", "STATE", "C", 1)],
      edges: [edge("ab", "a", "b"), edge("ba", "b", "a"), edge("bc", "b", "c"), edge("aa", "a", "a"), edge("cx", "c", "cut-off")],
    };
    const bundled = Object.fromEntries(toNetworkElements(graph).filter((e) => e.group === "edges").map((e) => [e.data.id, e.data.bundled]));
    expect(bundled).toEqual({ ab: true, ba: true, bc: false, aa: true });
  });

  it("grows nodes with degree, within bounds", () => {
    expect(nodeSizeForDegree(0)).toBeLessThan(nodeSizeForDegree(1));
    expect(nodeSizeForDegree(1)).toBeLessThan(nodeSizeForDegree(9));
    expect(nodeSizeForDegree(10_000)).toBe(nodeSizeForDegree(20_000));
  });
});

describe("networkLabel", () => {
  it("translates meeting roles on edges into the interface language and keeps office titles as written", () => {
    const graph = {
      nodes: [node("state:MA", "STATE", "Morocco", 2), node("meeting:x", "MEETING", "Visit", 1), node("person:p", "PERSON", "P", 1)],
      edges: [
        { id: "e1", source: "state:MA", target: "meeting:x", type: "PARTICIPATED_IN" as const, label: "host", sourceCount: 1 },
        { id: "e2", source: "person:p", target: "state:MA", type: "HOLDS_OFFICE" as const, label: "Inspector General", sourceCount: 1 },
      ],
    };
    const labels = (language: "en" | "ar") => toNetworkElements(graph, language).filter((e) => e.group === "edges").map((e) => e.data.label);
    expect(labels("en")).toEqual(["host", "Inspector General"]);
    const [arabicRole, title] = labels("ar");
    expect(arabicRole).not.toBe("host");
    expect(arabicRole).toMatch(/[\u0600-\u06FF]/);
    expect(title).toBe("Inspector General");
  });

  it("puts a label on one line", () => {
    expect(networkLabel("باتفاق تعاون\n\nالمغرب يعزّز")).toBe("باتفاق تعاون المغرب يعزّز");
  });

  it("cuts long labels with an ellipsis", () => {
    const label = networkLabel("Memorandum of understanding on defence cooperation between the parties");
    expect(label.length).toBeLessThanOrEqual(48);
    expect(label.endsWith("…")).toBe(true);
  });
});
