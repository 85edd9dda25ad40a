import { describe, expect, it } from "vitest";
import { INITIAL_EXPLORER_STATE } from "../../../web/src/explorer/ExplorerState.ts";
import { parseSavedViewState, toSavedViewState } from "../../../web/src/explorer/SavedViewState.ts";
import { decodeViewHash, encodeViewHash } from "../../../web/src/explorer/viewStateHash.ts";
import { readViewUrl, viewUrl } from "../../../web/src/features/views/viewUrl.ts";

const saved = toSavedViewState(
  {
    ...INITIAL_EXPLORER_STATE,
    base: { kind: "focus", id: "state:MA", depth: 2 },
    expansions: [{ id: "meeting:x", depth: 1, addedNodeIds: ["person:y"], truncated: false }],
    hiddenIds: ["person:z"],
    filters: { hiddenTypes: ["PERSON"], hiddenKinds: ["visit"], domains: ["defense"], states: ["state:IL"] },
    time: { from: "2021", to: "2023", granularity: "year", playback: "cumulative" },
    selectedId: "state:MA",
    layout: "timeline",
  },
  { zoom: 1.5, pan: { x: 10, y: -20 } },
  { "state:MA": [1, 2] },
);

describe("saved view state", () => {
  it("keeps what rebuilds the view, not the graph data", () => {
    expect(saved).toMatchObject({ version: 1, expanded: [{ id: "meeting:x", depth: 1 }], hidden: ["person:z"], selected: "state:MA", layout: "timeline" });
    expect(JSON.parse(JSON.stringify(saved))).toEqual(saved);
  });

  it("round-trips through the URL hash without positions, Arabic ids included", () => {
    const withArabic = { ...saved, selected: "person:بلخير" };
    const decoded = decodeViewHash(encodeViewHash(withArabic));
    const { positions: _positions, ...rest } = withArabic;
    expect(decoded).toEqual(rest);
    expect(encodeViewHash(saved)).toMatch(/^#s=[A-Za-z0-9_-]+$/);
  });

  it("reads damaged or hand-written states with defaults instead of failing", () => {
    expect(decodeViewHash("#s=@@@")).toBeNull();
    expect(decodeViewHash("#other")).toBeNull();
    const parsed = parseSavedViewState({ base: { kind: "focus", id: "state:MA", depth: 9 }, layout: "spiral", filters: { hiddenTypes: ["PERSON", "ALIEN"] }, camera: { zoom: -1, pan: { x: 0, y: 0 } }, positions: { a: [1, "x"], b: [3, 4] } });
    expect(parsed.base).toEqual({ kind: "focus", id: "state:MA", depth: 3 });
    expect(parsed.layout).toBe("fcose");
    expect(parsed.filters.hiddenTypes).toEqual(["PERSON"]);
    expect(parsed.camera).toBeNull();
    expect(parsed.positions).toEqual({ b: [3, 4] });
    expect(() => parseSavedViewState("nope")).toThrow();
  });

  it("keeps the playback mode, and reads views saved before it existed as cumulative", () => {
    const windowed = { ...saved, time: { ...saved.time, playback: "window" as const } };
    expect(decodeViewHash(encodeViewHash(windowed))?.time).toEqual({ from: "2021", to: "2023", granularity: "year", playback: "window" });
    // A link written by the client before the mode existed: its time has no playback.
    const oldHash = "#s=" + Buffer.from(JSON.stringify({ version: 1, time: { from: "2021", to: null, granularity: "month" } })).toString("base64url");
    expect(decodeViewHash(oldHash)?.time).toEqual({ from: "2021", to: null, granularity: "month", playback: "cumulative" });
    expect(parseSavedViewState({ time: { playback: "sideways" } }).time.playback).toBe("cumulative");
  });

  it("puts the view id in the query and the state in the hash", () => {
    const url = viewUrl({ pathname: "/", search: "?lang=ar" }, "view:1", saved);
    expect(url).toMatch(/^\/\?lang=ar&view=view%3A1#s=/);
    const read = readViewUrl({ search: url.slice(1, url.indexOf("#")), hash: url.slice(url.indexOf("#")) });
    expect(read.viewId).toBe("view:1");
    expect(read.hashState?.selected).toBe("state:MA");
    expect(viewUrl({ pathname: "/", search: "?view=view:1" }, null, saved)).toMatch(/^\/#s=/);
  });
});
