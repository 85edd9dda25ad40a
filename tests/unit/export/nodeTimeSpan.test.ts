import { describe, expect, it } from "vitest";
import { toFullDate, toPartialDate } from "../../../server/src/export/nodeTimeSpan.ts";

describe("partial dates", () => {
  it("start on the first day of their period", () => {
    expect(toFullDate(toPartialDate("2021")!)).toBe("2021-01-01");
    expect(toFullDate(toPartialDate("2021-11")!)).toBe("2021-11-01");
    expect(toFullDate(toPartialDate("2021-11-24")!)).toBe("2021-11-24");
  });

  it("keep their precision, never claiming more than the value holds", () => {
    expect(toPartialDate("2021-11", "MONTH")).toEqual({ value: "2021-11", precision: "MONTH" });
    expect(toPartialDate("2021", "DAY")).toEqual({ value: "2021", precision: "YEAR" });
    expect(toPartialDate("2022-03-30T08:00:00Z")).toEqual({ value: "2022-03-30", precision: "DAY" });
    expect(toPartialDate("last month")).toBeNull();
    expect(toPartialDate(null)).toBeNull();
  });
});
