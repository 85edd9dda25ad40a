import { describe, expect, it } from "vitest";
import { ALL_TIME, type TimeRange } from "../../../web/src/explorer/TimeRange.ts";
import { nextPlaybackRange, startPlaybackRange, windowWidth } from "../../../web/src/features/time/nextPlaybackRange.ts";

const years = ["2015", "2018", "2019", "2020", "2022"];
const cumulative = (from: string | null, to: string | null): TimeRange => ({ ...ALL_TIME, from, to });
const window = (from: string | null, to: string | null): TimeRange => ({ ...ALL_TIME, from, to, playback: "window" });

/** Every range playback goes through from `time`, the start included. */
function playAll(time: TimeRange, steps: readonly string[]): [string | null, string | null][] {
  const seen: [string | null, string | null][] = [];
  let current: TimeRange | null = startPlaybackRange(time, steps);
  while (current) {
    seen.push([current.from, current.to]);
    current = nextPlaybackRange(current, steps);
  }
  return seen;
}

describe("cumulative playback", () => {
  it("moves only 'until' forward, one step at a time, and stops at the last step", () => {
    expect(nextPlaybackRange(cumulative("2018", "2019"), years)).toEqual(cumulative("2018", "2020"));
    expect(nextPlaybackRange(cumulative(null, "2020"), years)).toEqual(cumulative(null, "2022"));
    expect(nextPlaybackRange(cumulative(null, "2022"), years)).toBeNull();
    expect(nextPlaybackRange(cumulative(null, null), years)).toBeNull();
  });

  it("goes to the next step after an 'until' that is not a step", () => {
    expect(nextPlaybackRange(cumulative(null, "2016"), years)?.to).toBe("2018");
  });

  it("rewinds to the first step inside 'from' when started at the end", () => {
    expect(startPlaybackRange(cumulative(null, null), years)).toEqual(cumulative(null, "2015"));
    expect(startPlaybackRange(cumulative("2019", "2022"), years)).toEqual(cumulative("2019", "2019"));
    expect(startPlaybackRange(cumulative("2016", null), years)).toEqual(cumulative("2016", "2018"));
  });

  it("starts where it stands when not at the end", () => {
    const time = cumulative(null, "2018");
    expect(startPlaybackRange(time, years)).toBe(time);
  });

  it("plays the whole range", () => {
    expect(playAll(cumulative(null, null), years)).toEqual([
      [null, "2015"], [null, "2018"], [null, "2019"], [null, "2020"], [null, "2022"],
    ]);
  });
});

describe("sliding window playback", () => {
  it("moves both ends forward at the chosen width in years, not in steps", () => {
    expect(nextPlaybackRange(window("2018", "2019"), years)).toEqual(window("2019", "2020"));
    // 2021 has no item: the window ending in 2022 still starts one year before it.
    expect(nextPlaybackRange(window("2019", "2020"), years)).toEqual(window("2021", "2022"));
    expect(nextPlaybackRange(window("2015", "2015"), years)).toEqual(window("2018", "2018"));
    expect(nextPlaybackRange(window("2020", "2022"), years)).toBeNull();
  });

  it("measures an open end at the first or last step", () => {
    expect(windowWidth(window(null, "2018"), years)).toBe(3);
    expect(windowWidth(window("2019", null), years)).toBe(3);
    expect(windowWidth(window(null, null), years)).toBe(0);
    expect(nextPlaybackRange(window(null, "2018"), years)).toEqual(window("2016", "2019"));
  });

  it("plays all time year by year", () => {
    expect(playAll(window(null, null), years)).toEqual([
      ["2015", "2015"], ["2018", "2018"], ["2019", "2019"], ["2020", "2020"], ["2022", "2022"],
    ]);
  });

  it("rewinds to the first step keeping the width when started at the end", () => {
    expect(startPlaybackRange(window("2020", "2022"), years)).toEqual(window("2015", "2017"));
    expect(playAll(window("2020", "2022"), years)).toEqual([
      ["2015", "2017"], ["2016", "2018"], ["2017", "2019"], ["2018", "2020"], ["2020", "2022"],
    ]);
  });

  it("counts months across year ends", () => {
    const months = ["2021-11", "2022-01", "2022-02", "2022-06"];
    const monthly = (from: string | null, to: string | null): TimeRange => ({ from, to, granularity: "month", playback: "window" });
    expect(windowWidth(monthly("2021-11", "2022-01"), months)).toBe(2);
    expect(nextPlaybackRange(monthly("2021-11", "2022-01"), months)).toEqual(monthly("2021-12", "2022-02"));
    expect(nextPlaybackRange(monthly("2021-12", "2022-02"), months)).toEqual(monthly("2022-04", "2022-06"));
    expect(startPlaybackRange(monthly(null, null), months)).toEqual(monthly("2021-11", "2021-11"));
    expect(startPlaybackRange(monthly("2022-01", "2022-06"), months)).toEqual(monthly("2021-11", "2022-04"));
  });

  it("does nothing without steps", () => {
    expect(nextPlaybackRange(window(null, null), [])).toBeNull();
    expect(startPlaybackRange(window(null, null), [])).toEqual(window(null, null));
  });
});
