import { describe, expect, it } from "vitest";
import type { GraphPiece } from "../../../web/src/explorer/ExplorerAction.ts";
import { INITIAL_EXPLORER_STATE, type ExplorerState } from "../../../web/src/explorer/ExplorerState.ts";
import { explorerReducer } from "../../../web/src/explorer/explorerReducer.ts";
import type { ExplorerEdge, ExplorerNode } from "../../../web/src/explorer/LoadedGraph.ts";

function node(id: string, type: ExplorerNode["type"] = "STATE"): ExplorerNode {
  return { id, type, label: id, labelEn: null, labelAr: null, kind: null, date: null, domains: null, degree: 1 };
}
function edge(source: string, target: string, type: ExplorerEdge["type"] = "PARTY_TO"): ExplorerEdge {
  return { id: `${source}>${target}`, source, target, type, label: null, sourceCount: 1 };
}
function piece(nodes: string[], edges: [string, string][] = []): GraphPiece {
  return { nodes: nodes.map((id) => node(id)), edges: edges.map(([a, b]) => edge(a, b)), truncated: false };
}
function loaded(): ExplorerState {
  return explorerReducer(INITIAL_EXPLORER_STATE, { type: "baseLoaded", base: { kind: "focus", id: "a", depth: 1 }, piece: piece(["a", "b"], [["a", "b"]]) });
}

describe("explorerReducer", () => {
  it("loads a base, selecting the focused node", () => {
    const state = loaded();
    expect([...state.graph.nodes.keys()]).toEqual(["a", "b"]);
    expect(state.selectedId).toBe("a");
  });

  it("merges an expansion by id and remembers what it added", () => {
    const state = explorerReducer(loaded(), { type: "expanded", id: "b", depth: 1, piece: piece(["b", "c", "d"], [["b", "c"], ["b", "d"], ["a", "b"]]) });
    expect([...state.graph.nodes.keys()]).toEqual(["a", "b", "c", "d"]);
    expect(state.graph.edges.size).toBe(3);
    expect(state.expansions).toEqual([{ id: "b", depth: 1, addedNodeIds: ["c", "d"], truncated: false }]);
  });

  it("collapses an expansion and, with it, the expansions anchored on what it added", () => {
    let state = explorerReducer(loaded(), { type: "expanded", id: "b", depth: 1, piece: piece(["b", "c"], [["b", "c"]]) });
    state = explorerReducer(state, { type: "expanded", id: "c", depth: 1, piece: piece(["c", "e"], [["c", "e"]]) });
    state = explorerReducer(state, { type: "pinToggled", id: "e" });
    state = explorerReducer(state, { type: "selected", id: "e" });
    state = explorerReducer(state, { type: "collapsed", id: "b" });
    expect([...state.graph.nodes.keys()]).toEqual(["a", "b"]);
    expect([...state.graph.edges.keys()]).toEqual(["a>b"]);
    expect(state.expansions).toEqual([]);
    expect(state.pinnedIds).toEqual([]);
    expect(state.selectedId).toBeNull();
  });

  it("hides, pins and shows again", () => {
    let state = explorerReducer(loaded(), { type: "hidden", id: "a" });
    expect(state.hiddenIds).toEqual(["a"]);
    expect(state.selectedId).toBeNull();
    state = explorerReducer(state, { type: "pinToggled", id: "b" });
    expect(state.pinnedIds).toEqual(["b"]);
    state = explorerReducer(state, { type: "pinToggled", id: "b" });
    expect(state.pinnedIds).toEqual([]);
    expect(explorerReducer(state, { type: "shownAll" }).hiddenIds).toEqual([]);
  });

  it("draws a path by matching its edges to loaded ones in either direction", () => {
    const state = explorerReducer(loaded(), {
      type: "pathShown",
      piece: { nodes: [node("b"), node("x")], edges: [{ ...edge("b", "a"), id: "path:b|PARTY_TO|a" }, edge("b", "x")], truncated: false },
      nodeIds: ["a", "b", "x"],
      edges: [
        { source: "b", target: "a", type: "PARTY_TO" },
        { source: "b", target: "x", type: "PARTY_TO" },
      ],
    });
    expect(state.highlight).toEqual({ kind: "path", nodeIds: ["a", "b", "x"], edgeIds: ["a>b", "b>x"] });
    expect(state.graph.edges.has("path:b|PARTY_TO|a")).toBe(false);
  });

  it("highlights what an ingest brought, among the nodes it merged", () => {
    const state = explorerReducer(loaded(), { type: "ingested", piece: piece(["b", "n"], [["b", "n"]]), nodeIds: ["n", "missing"] });
    expect(state.highlight).toEqual({ kind: "ingest", nodeIds: ["n"], edgeIds: [] });
    expect(state.graph.nodes.has("n")).toBe(true);
  });

  it("changing the layout drops a pending saved arrangement", () => {
    const state = { ...loaded(), arrangement: { key: 1, positions: null, camera: null } };
    expect(explorerReducer(state, { type: "layoutChanged", layout: "timeline" })).toMatchObject({ layout: "timeline", arrangement: null });
  });
});

describe("explorerReducer: the server's layout of a base", () => {
  const positioned = (ids: string[]): GraphPiece => ({ ...piece(["a", "b"], [["a", "b"]]), positions: ids.map((id, i) => ({ id, x: 10 * i, y: 5 * i })) });
  const overview = { kind: "overview" } as const;

  it("becomes an arrangement that places every node, so the browser runs no layout", () => {
    const state = explorerReducer(INITIAL_EXPLORER_STATE, { type: "baseLoaded", base: overview, piece: positioned(["a", "b"]), arrangementKey: 7 });
    expect(state.arrangement).toEqual({ key: 7, positions: { a: [0, 0], b: [10, 5] }, camera: null });
  });

  it("is ignored when a node lacks a position, when another layout is chosen, or without a key", () => {
    expect(explorerReducer(INITIAL_EXPLORER_STATE, { type: "baseLoaded", base: overview, piece: positioned(["a"]), arrangementKey: 1 }).arrangement).toBeNull();
    const concentric = { ...INITIAL_EXPLORER_STATE, layout: "concentric" as const };
    expect(explorerReducer(concentric, { type: "baseLoaded", base: overview, piece: positioned(["a", "b"]), arrangementKey: 1 }).arrangement).toBeNull();
    expect(explorerReducer(INITIAL_EXPLORER_STATE, { type: "baseLoaded", base: overview, piece: positioned(["a", "b"]) }).arrangement).toBeNull();
  });
});
