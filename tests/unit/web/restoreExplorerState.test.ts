import { describe, expect, it } from "vitest";
import type { GraphPiece } from "../../../web/src/explorer/ExplorerAction.ts";
import type { ExplorerNode } from "../../../web/src/explorer/LoadedGraph.ts";
import { restoreExplorerState } from "../../../web/src/explorer/restoreExplorerState.ts";
import { parseSavedViewState } from "../../../web/src/explorer/SavedViewState.ts";

const node = (id: string): ExplorerNode => ({ id, type: "STATE", label: id, labelEn: null, labelAr: null, kind: null, date: null, domains: null, degree: 1 });
const piece = (ids: string[]): GraphPiece => ({ nodes: ids.map(node), edges: [], truncated: false });

describe("restoreExplorerState", () => {
  it("loads the base, replays expansions in order and keeps only ids that are loaded", async () => {
    const calls: string[] = [];
    const state = await restoreExplorerState(
      parseSavedViewState({
        base: { kind: "overview" },
        expanded: [{ id: "b", depth: 2 }],
        hidden: ["c", "gone"],
        pinned: ["a"],
        selected: "gone",
        layout: "concentric",
        camera: { zoom: 2, pan: { x: 1, y: 2 } },
        positions: { a: [5, 6] },
      }),
      {
        fetchBase: async (base) => {
          calls.push(`base:${base.kind}`);
          return piece(["a", "b"]);
        },
        fetchNeighborhood: async (ids, depth) => {
          calls.push(`neighborhood:${ids.join()}:${depth}`);
          return piece(["b", "c"]);
        },
      },
      7,
    );
    expect(calls).toEqual(["base:overview", "neighborhood:b:2"]);
    expect(state.expansions).toEqual([{ id: "b", depth: 2, addedNodeIds: ["c"], truncated: false }]);
    expect(state.hiddenIds).toEqual(["c"]);
    expect(state.pinnedIds).toEqual(["a"]);
    expect(state.selectedId).toBeNull();
    expect(state.layout).toBe("concentric");
    expect(state.arrangement).toEqual({ key: 7, positions: { a: [5, 6] }, camera: { zoom: 2, pan: { x: 1, y: 2 } } });
  });
});
