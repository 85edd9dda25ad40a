import { describe, expect, it } from "vitest";
import { DENSE_DRAFT_LAYOUT_NODES, DRAFT_LAYOUT_NODES, usesDraftLayout } from "../../../web/src/graph/networkLayoutOptions.ts";

describe("which force-directed layout a graph gets", () => {
  it("keeps fcose for the seed graph and graphs like it", () => {
    // The seed overview: 271 nodes, about 2.1 edges per node.
    expect(usesDraftLayout(271, 570)).toBe(false);
    expect(usesDraftLayout(40, 200)).toBe(false); // small and dense: fcose is quick there
    expect(usesDraftLayout(DENSE_DRAFT_LAYOUT_NODES, 3 * DENSE_DRAFT_LAYOUT_NODES)).toBe(false);
  });

  it("gives the draft to graphs over the size limit, and to dense mid-size graphs", () => {
    expect(usesDraftLayout(DRAFT_LAYOUT_NODES + 1, DRAFT_LAYOUT_NODES)).toBe(true);
    expect(usesDraftLayout(2000, 6000)).toBe(true);
    expect(usesDraftLayout(300, 900)).toBe(true);
    expect(usesDraftLayout(300, 740)).toBe(false);
  });
});
