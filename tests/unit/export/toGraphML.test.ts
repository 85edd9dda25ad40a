import { describe, expect, it } from "vitest";
import { toGraphML } from "../../../server/src/export/toGraphML.ts";
import { parseXml } from "../../support/parseXml.ts";
import { sampleExportGraph, TRICKY_NAME } from "./sampleExportGraph.ts";

type El = Record<string, unknown>;

function parsed() {
  const doc = parseXml(toGraphML(sampleExportGraph()), ["key", "node", "edge", "data"]);
  const root = doc.graphml as El;
  const keys = root.key as El[];
  const graph = root.graph as El;
  const keyName = new Map(keys.map((k) => [k["@id"] as string, k["@attr.name"] as string]));
  const dataOf = (el: El) => Object.fromEntries(((el.data as El[]) ?? []).map((d) => [keyName.get(d["@key"] as string)!, d["#text"] as string]));
  return { keys, graph, dataOf };
}

describe("toGraphML", () => {
  it("is well-formed GraphML with every node and edge", () => {
    const { graph } = parsed();
    expect(graph["@edgedefault"]).toBe("directed");
    expect((graph.node as El[]).length).toBe(6);
    expect((graph.edge as El[]).length).toBe(5);
  });

  it("declares each attribute once with its type", () => {
    const { keys } = parsed();
    const declared = (domain: string, name: string) => keys.find((k) => k["@for"] === domain && k["@attr.name"] === name)?.["@attr.type"];
    expect(declared("node", "type")).toBe("string");
    expect(declared("node", "label")).toBe("string");
    expect(declared("node", "date")).toBe("string");
    expect(declared("node", "domains")).toBe("string");
    expect(declared("edge", "confidence")).toBe("double");
    expect(declared("edge", "sourceCount")).toBe("long");
    expect(declared("graph", "truncated")).toBe("boolean");
    const ids = keys.map((k) => k["@id"]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("keeps Arabic, markup characters, quotes and line breaks intact", () => {
    const { graph, dataOf } = parsed();
    const nodes = graph.node as El[];
    const ma = dataOf(nodes.find((n) => n["@id"] === "state:MA")!);
    expect(ma.nameAr).toBe("المغرب");
    expect(ma.aliases).toBe("المغرب|Rabat");
    const person = dataOf(nodes.find((n) => n["@id"] === "person:tricky")!);
    expect(person.label).toBe(TRICKY_NAME);
    expect(person.title).toBe("وزير الدفاع");
  });

  it("gives types, dates with their precision and domains as node attributes", () => {
    const { graph, dataOf } = parsed();
    const mou = dataOf((graph.node as El[]).find((n) => n["@id"] === "agreement:mou:IL-MA:2021-11")!);
    expect(mou).toMatchObject({ type: "AGREEMENT", date: "2021-11", datePrecision: "MONTH", domains: "defense|security", kind: "mou" });
    const edge = dataOf((graph.edge as El[]).find((e) => e["@source"] === "person:tricky" && e["@target"] === "meeting:visit:MA:2021-11-24")!);
    expect(edge).toMatchObject({ type: "PARTICIPATED_IN", role: "visitor", sourceCount: "1", firstSource: "article:b" });
  });

  it("replaces characters XML cannot hold instead of writing a broken file", () => {
    const g = sampleExportGraph();
    g.nodes[0]!.properties.name = "bad\u0001char\uFFFF";
    const xml = toGraphML(g);
    expect(() => parseXml(xml, [])).not.toThrow();
    expect(xml).toContain("bad\uFFFDchar\uFFFD");
  });
});
