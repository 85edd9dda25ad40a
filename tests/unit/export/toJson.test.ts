import { describe, expect, it } from "vitest";
import { toJson, type JsonExport } from "../../../server/src/export/toJson.ts";
import { sampleExportGraph, TRICKY_NAME } from "./sampleExportGraph.ts";

describe("toJson", () => {
  it("round-trips nodes, edges, the truncated flag and the export time", () => {
    const graph = sampleExportGraph();
    const body = JSON.parse(toJson(graph, new Date("2026-03-01T10:00:00Z"))) as JsonExport;
    expect(body.exportedAt).toBe("2026-03-01T10:00:00.000Z");
    expect(body.truncated).toBe(false);
    expect(body.nodes).toEqual(graph.nodes);
    expect(body.edges).toEqual(graph.edges);
    expect(body.nodes.find((n) => n.id === "person:tricky")!.label).toBe(TRICKY_NAME);
    expect(body.nodes.find((n) => n.id === "state:MA")!.properties.aliases).toEqual(["المغرب", "Rabat"]);
  });
});
