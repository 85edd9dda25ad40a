import { describe, expect, it } from "vitest";
import { toGexf } from "../../../server/src/export/toGexf.ts";
import { parseXml } from "../../support/parseXml.ts";
import { sampleExportGraph, TRICKY_NAME } from "./sampleExportGraph.ts";

type El = Record<string, unknown>;
const exportedAt = new Date("2026-03-01T10:00:00Z");

function parsed() {
  const doc = parseXml(toGexf(sampleExportGraph(), exportedAt), ["attributes", "attribute", "node", "edge", "attvalue"]);
  const gexf = doc.gexf as El;
  const graph = gexf.graph as El;
  const nodes = (graph.nodes as El).node as El[];
  const edges = (graph.edges as El).edge as El[];
  const values = (el: El) => Object.fromEntries((((el.attvalues as El | undefined)?.attvalue as El[]) ?? []).map((a) => [a["@for"], a["@value"]]));
  return { gexf, graph, nodes, edges, values, node: (id: string) => nodes.find((n) => n["@id"] === id)! };
}

describe("toGexf", () => {
  it("is well-formed GEXF 1.3, dynamic with dates", () => {
    const { gexf, graph, nodes, edges } = parsed();
    expect(gexf["@version"]).toBe("1.3");
    expect(gexf["@xmlns"]).toBe("http://gexf.net/1.3");
    expect(graph).toMatchObject({ "@mode": "dynamic", "@timeformat": "date", "@defaultedgetype": "directed" });
    expect(nodes.length).toBe(6);
    expect(edges.length).toBe(5);
    expect((gexf.meta as El)["@lastmodifieddate"]).toBe("2026-03-01");
  });

  it("starts partial dates on the first day of their period and keeps the original as an attribute", () => {
    const { node, values } = parsed();
    const mou = node("agreement:mou:IL-MA:2021-11");
    expect(mou["@start"]).toBe("2021-11-01");
    expect(mou["@end"]).toBeUndefined();
    expect(values(mou)).toMatchObject({ date: "2021-11", datePrecision: "MONTH", type: "AGREEMENT", domains: "defense|security" });
    const accord = node("agreement:accord:2020");
    expect(accord["@start"]).toBe("2020-01-01");
    expect(values(accord)).toMatchObject({ date: "2020", datePrecision: "YEAR" });
    const visit = node("meeting:visit:MA:2021-11-24");
    expect(visit["@start"]).toBe("2021-11-24");
    expect(visit["@end"]).toBe("2021-11-25");
    const ma = node("state:MA");
    expect(ma["@start"]).toBeUndefined();
    expect(values(ma)).toMatchObject({ iso2: "MA", nameAr: "المغرب", type: "STATE" });
  });

  it("types edges by relationship, weights them by sources and dates them by their dated ends", () => {
    const { edges, values } = parsed();
    const party = edges.find((e) => e["@source"] === "state:MA")!;
    expect(party).toMatchObject({ "@label": "PARTY_TO", "@kind": "PARTY_TO", "@weight": "2", "@start": "2021-11-01" });
    // Meeting (24-25 Nov) -> agreement (Nov 2021, read as 1 Nov): the later start, the meeting's end.
    const produced = edges.find((e) => e["@label"] === "PRODUCED")!;
    expect(produced["@start"]).toBe("2021-11-24");
    expect(produced["@end"]).toBe("2021-11-25");
    const office = edges.find((e) => e["@label"] === "HOLDS_OFFICE")!;
    expect(office["@start"]).toBeUndefined();
    expect(values(office)).toMatchObject({ title: "وزير الدفاع", sourceCount: "1" });
  });

  it("keeps Arabic and escapes markup characters, quotes and line breaks in labels", () => {
    const { node } = parsed();
    expect(node("person:tricky")["@label"]).toBe(TRICKY_NAME);
    expect(node("agreement:accord:2020")["@label"]).toBe("اتفاق 2020");
  });

  it("declares attribute types", () => {
    const { graph } = parsed();
    const blocks = graph.attributes as El[];
    const edgeAttrs = blocks.find((b) => b["@class"] === "edge")!.attribute as El[];
    expect(edgeAttrs.find((a) => a["@id"] === "confidence")!["@type"]).toBe("double");
    const nodeAttrs = blocks.find((b) => b["@class"] === "node")!.attribute as El[];
    expect(nodeAttrs.find((a) => a["@id"] === "date")!["@type"]).toBe("string");
  });
});
