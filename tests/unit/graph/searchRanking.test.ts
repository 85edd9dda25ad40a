import { describe, expect, it } from "vitest";
import { matchRank } from "../../../server/src/graph/searchEntities.ts";
import { searchKey } from "../../../server/src/resolve/searchKey.ts";

// Search ranks the index's candidates by how a name matches the text before Lucene's score, which
// favours a name that repeats the words. The end-to-end path test picks "Israel" from suggestions
// on the seed graph, where the Israel Defense Forces outscored the state before this ranking.
describe("search ranking", () => {
  const keys = (...names: string[]) => names.map((name) => searchKey(name));
  const rank = (text: string, ...names: string[]) => matchRank(searchKey(text), keys(...names));
  const before = (a: [number, number], b: [number, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

  it("puts a name that is exactly the text first, then names that begin with it as words, then the rest", () => {
    expect(rank("Israel", "Israel", "إسرائيل", "State of Israel")[0]).toBe(0);
    expect(rank("Israel", "Israel Defense Forces", "Israeli army")[0]).toBe(1);
    expect(rank("Israel", "Armed forces of Israel")[0]).toBe(3);
  });

  it("completes a word being typed with the shortest name first", () => {
    const state = rank("Isra", "Israel", "إسرائيل");
    const army = rank("Isra", "Israel Defense Forces", "Israeli army");
    expect(state[0]).toBe(2);
    expect(army[0]).toBe(2);
    expect(before(state, army)).toBe(true);
    expect(before(rank("Benny Gan", "Benny Gantz"), rank("Benny Gan", "Armed forces"))).toBe(true);
  });

  it("compares normalized keys, so case, diacritics and Arabic letter forms do not matter", () => {
    expect(rank("ISRAËL", "Israël")[0]).toBe(0);
    expect(rank("اسرائيل", "إسرائيل")[0]).toBe(0);
  });
});
