import { describe, expect, it } from "vitest";
import { parseExportScope } from "../../../server/src/export/parseExportScope.ts";

describe("parseExportScope", () => {
  it("reads ids, depth, articles and the node cap", () => {
    expect(parseExportScope({})).toEqual({});
    expect(parseExportScope({ ids: " state:MA, state:IL,,state:MA ", depth: "2", articles: "true", maxNodes: "100" }))
      .toEqual({ ids: ["state:MA", "state:IL"], depth: 2, includeArticles: true, maxNodes: 100 });
    expect(parseExportScope({ articles: false })).toEqual({ includeArticles: false });
  });

  it("refuses what it cannot use, with BAD_USER_INPUT", () => {
    for (const input of [{ ids: "state:MA", depth: "0" }, { ids: "state:MA", depth: "4" }, { ids: "state:MA", depth: "1.5" }, { depth: "2" },
      { articles: "maybe" }, { maxNodes: "0" }, { maxNodes: "50001" }, { ids: Array.from({ length: 201 }, (_, i) => `x${i}`).join(",") }]) {
      expect(() => parseExportScope(input), JSON.stringify(input).slice(0, 60)).toThrow(expect.objectContaining({ code: "BAD_USER_INPUT" }));
    }
  });
});
