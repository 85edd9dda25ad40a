import { describe, expect, it } from "vitest";
import { loadedGraphOf, type ExplorerNode } from "../../../web/src/explorer/LoadedGraph.ts";
import { NO_FILTERS } from "../../../web/src/explorer/NetworkFilters.ts";
import { ALL_TIME } from "../../../web/src/explorer/TimeRange.ts";
import { visibleNodeIds } from "../../../web/src/explorer/visibleNodeIds.ts";

const base = { labelEn: null, labelAr: null, degree: 1 };
const nodes: ExplorerNode[] = [
  { ...base, id: "state:MA", type: "STATE", label: "MA", kind: null, date: null, domains: null },
  { ...base, id: "state:IL", type: "STATE", label: "IL", kind: null, date: null, domains: null },
  { ...base, id: "state:FR", type: "STATE", label: "FR", kind: null, date: null, domains: null },
  { ...base, id: "person:x", type: "PERSON", label: "x", kind: null, date: null, domains: null },
  { ...base, id: "person:y", type: "PERSON", label: "y", kind: null, date: null, domains: null },
  { ...base, id: "org:z", type: "ORGANIZATION", label: "z", kind: null, date: null, domains: null },
  { ...base, id: "agreement:mou", type: "AGREEMENT", label: "mou", kind: "mou", date: "2021-11-24", domains: ["defense"] },
  { ...base, id: "agreement:deal", type: "AGREEMENT", label: "deal", kind: "deal", date: "2023", domains: ["trade"] },
  { ...base, id: "meeting:visit", type: "MEETING", label: "visit", kind: "visit", date: "2022-03", domains: null },
];
const graph = loadedGraphOf(nodes, [
  { id: "e1", source: "state:MA", target: "agreement:mou", type: "PARTY_TO", label: null, sourceCount: 1 },
  { id: "e2", source: "state:IL", target: "agreement:mou", type: "PARTY_TO", label: null, sourceCount: 1 },
  { id: "e3", source: "person:x", target: "state:FR", type: "HOLDS_OFFICE", label: null, sourceCount: 1 },
  { id: "e4", source: "state:FR", target: "meeting:visit", type: "PARTICIPATED_IN", label: null, sourceCount: 1 },
  { id: "e5", source: "person:y", target: "meeting:visit", type: "PARTICIPATED_IN", label: null, sourceCount: 1 },
  { id: "e6", source: "person:y", target: "state:FR", type: "HOLDS_OFFICE", label: null, sourceCount: 1 },
  { id: "e7", source: "org:z", target: "agreement:mou", type: "PARTY_TO", label: null, sourceCount: 1 },
  { id: "e8", source: "org:z", target: "meeting:visit", type: "PARTICIPATED_IN", label: null, sourceCount: 1 },
]);
const sorted = (ids: Set<string>) => [...ids].sort();

describe("visibleNodeIds", () => {
  it("shows everything without filters", () => {
    expect(visibleNodeIds(graph, NO_FILTERS, ALL_TIME, []).size).toBe(nodes.length);
  });

  it("leaves out hidden nodes, switched-off types and kinds", () => {
    const ids = visibleNodeIds(graph, { ...NO_FILTERS, hiddenTypes: ["PERSON"], hiddenKinds: ["visit"] }, ALL_TIME, ["state:IL"]);
    expect(sorted(ids)).toEqual(["agreement:deal", "agreement:mou", "org:z", "state:FR", "state:MA"]);
  });

  it("keeps only agreements of a chosen domain, and every other type", () => {
    const ids = visibleNodeIds(graph, { ...NO_FILTERS, domains: ["defense"] }, ALL_TIME, []);
    expect(ids.has("agreement:mou")).toBe(true);
    expect(ids.has("agreement:deal")).toBe(false);
    expect(ids.has("meeting:visit")).toBe(true);
  });

  it("keeps chosen states and what links to them", () => {
    expect(sorted(visibleNodeIds(graph, { ...NO_FILTERS, states: ["state:FR"] }, ALL_TIME, []))).toEqual(["meeting:visit", "person:x", "person:y", "state:FR"]);
  });

  it("hides dated items after the cursor and keeps undated nodes", () => {
    const ids = visibleNodeIds(graph, NO_FILTERS, { from: null, to: "2021", granularity: "year", playback: "cumulative" }, []);
    expect(ids.has("agreement:mou")).toBe(true);
    expect(ids.has("meeting:visit")).toBe(false);
    expect(ids.has("agreement:deal")).toBe(false);
    expect(ids.has("state:FR")).toBe(true);
    expect(ids.has("person:x")).toBe(true);
  });

  it("shows a person or organization only while one of its dated items is in the range", () => {
    const at = (to: string, from: string | null = null) => visibleNodeIds(graph, NO_FILTERS, { from, to, granularity: "year", playback: "cumulative" }, []);
    // person:y's only dated item is the 2022 visit; org:z has the 2021 MoU and the visit.
    expect(at("2021").has("person:y")).toBe(false);
    expect(at("2022").has("person:y")).toBe(true);
    expect(at("2021").has("org:z")).toBe(true);
    expect(at("2023", "2023").has("org:z")).toBe(false);
    // No dated item at all: nothing says when it belongs, so it stays.
    expect(at("2021").has("person:x")).toBe(true);
    // Switching a type off is not a date: the person stays while its meeting is only filtered out.
    expect(visibleNodeIds(graph, { ...NO_FILTERS, hiddenTypes: ["MEETING"] }, ALL_TIME, []).has("person:y")).toBe(true);
  });
});
