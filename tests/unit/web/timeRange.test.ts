import { describe, expect, it } from "vitest";
import { datePeriod } from "../../../web/src/explorer/datePeriod.ts";
import { isInTimeRange } from "../../../web/src/explorer/isInTimeRange.ts";
import { timeSteps } from "../../../web/src/explorer/timeSteps.ts";

describe("datePeriod", () => {
  it("covers a whole year for a year-precise date and one month otherwise", () => {
    expect(datePeriod("2021")).toEqual({ start: "2021-01", end: "2021-12" });
    expect(datePeriod("2021-11")).toEqual({ start: "2021-11", end: "2021-11" });
    expect(datePeriod("2021-11-24")).toEqual({ start: "2021-11", end: "2021-11" });
    expect(datePeriod(null)).toBeNull();
    expect(datePeriod("late 2021")).toBeNull();
  });
});

describe("isInTimeRange", () => {
  it("keeps what overlaps [from, to] and every undated item", () => {
    expect(isInTimeRange("2021", { from: "2021-06", to: "2021-07", granularity: "month", playback: "cumulative" })).toBe(true);
    expect(isInTimeRange("2022-01-05", { from: null, to: "2021", granularity: "year", playback: "cumulative" })).toBe(false);
    expect(isInTimeRange("2020-12", { from: "2021", to: null, granularity: "year", playback: "cumulative" })).toBe(false);
    expect(isInTimeRange(null, { from: "2021", to: "2021", granularity: "year", playback: "cumulative" })).toBe(true);
  });
});

describe("timeSteps", () => {
  it("lists the distinct years or months in which items start, oldest first", () => {
    const dates = ["2023-03-10", "2021", "2023-03", null, "2022-11-01"];
    expect(timeSteps(dates, "year")).toEqual(["2021", "2022", "2023"]);
    expect(timeSteps(dates, "month")).toEqual(["2021-01", "2022-11", "2023-03"]);
  });
});
