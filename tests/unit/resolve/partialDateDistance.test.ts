import { describe, expect, it } from "vitest";
import { partialDateDistance, partialDateSpan } from "../../../server/src/resolve/partialDateDistance.ts";

describe("partialDateDistance", () => {
  it("is zero when one date contains the other", () => {
    expect(partialDateDistance("2021-11", "2021-11-24")).toBe(0);
    expect(partialDateDistance("2021", "2021-03-02")).toBe(0);
    expect(partialDateDistance("2021-11-24", "2021-11-24")).toBe(0);
  });
  it("counts the days between the periods otherwise", () => {
    expect(partialDateDistance("2021-11-24", "2021-11-30")).toBe(6);
    expect(partialDateDistance("2021-11-30", "2021-12")).toBe(1);
    expect(partialDateDistance("2020-12-31", "2021-01-01")).toBe(1);
    expect(partialDateDistance("2019", "2021")).toBe(367); // all of 2020 (leap) lies between, plus one step
  });
  it("knows month lengths and leap years", () => {
    expect(partialDateSpan("2024-02")).toEqual([19754, 19782]);
    expect(partialDateDistance("2024-02", "2024-03-01")).toBe(1);
  });
  it("treats an unreadable date as infinitely far", () => {
    expect(partialDateDistance("soon", "2021")).toBe(Infinity);
  });
});
