import { describe, expect, it } from "vitest";
import { EXPORT_MAX_IDS, parseExportScope } from "../../../server/src/export/parseExportScope.ts";

describe("parseExportScope", () => {
  it("reads ids, depth, articles and the node cap", () => {
    expect(parseExportScope({})).toEqual({});
    expect(parseExportScope({ ids: " state:MA, state:IL,,state:MA ", depth: "2", articles: "true", maxNodes: "100" }))
      .toEqual({ ids: ["state:MA", "state:IL"], depth: 2, includeArticles: true, maxNodes: 100 });
    expect(parseExportScope({ articles: false })).toEqual({ includeArticles: false });
    // Depth 0: the ids alone (the nodes a view shows), up to EXPORT_MAX_IDS of them.
    const many = Array.from({ length: EXPORT_MAX_IDS }, (_, i) => `x${i}`);
    expect(parseExportScope({ ids: many.join(","), depth: "0" })).toEqual({ ids: many, depth: 0 });
  });

  it("refuses what it cannot use, with BAD_USER_INPUT", () => {
    for (const input of [{ ids: "state:MA", depth: "-1" }, { ids: "state:MA", depth: "4" }, { ids: "state:MA", depth: "1.5" }, { depth: "2" }, { depth: "0" },
      { articles: "maybe" }, { maxNodes: "0" }, { maxNodes: "50001" }, { ids: Array.from({ length: EXPORT_MAX_IDS + 1 }, (_, i) => `x${i}`).join(",") }]) {
      expect(() => parseExportScope(input), JSON.stringify(input).slice(0, 60)).toThrow(expect.objectContaining({ code: "BAD_USER_INPUT" }));
    }
  });
});
