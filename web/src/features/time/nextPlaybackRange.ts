import type { TimeGranularity, TimeRange } from "../../explorer/TimeRange.ts";

/*
 * Playback works on the slider's steps (the years or months in which something starts), so each
 * tick brings something new in. A sliding window keeps its width in calendar years or months, not
 * in steps: with steps 2015, 2018, 2019 a one-year window shows 2015, then 2018, then 2019, and a
 * three-year one ending in 2018 starts in 2016, whatever the data holds.
 */

/**
 * The range after one tick of playback, or null when playback has reached the last step.
 * Cumulative: "until" moves to the next step. Window: "until" moves to the next step and "from"
 * follows at the same width.
 */
export function nextPlaybackRange(time: TimeRange, steps: readonly string[]): TimeRange | null {
  if (steps.length === 0) return null;
  const to = time.to ?? steps.at(-1)!;
  const next = steps.find((step) => step > to);
  if (next === undefined) return null;
  if (time.playback === "cumulative") return { ...time, to: next };
  return { ...time, from: shiftPeriod(next, -windowWidth(time, steps), time.granularity), to: next };
}

/**
 * The range the play button starts from: the current one, or, when it is already at the last
 * step, rewound to the beginning. A window over all time starts one step wide (year by year).
 */
export function startPlaybackRange(time: TimeRange, steps: readonly string[]): TimeRange {
  if (steps.length === 0 || nextPlaybackRange(time, steps) !== null) return time;
  const first = steps[0]!;
  if (time.playback === "cumulative") {
    // Back to the first step inside the chosen start.
    return { ...time, to: steps.find((step) => time.from === null || step >= time.from) ?? first };
  }
  return { ...time, from: first, to: shiftPeriod(first, windowWidth(time, steps), time.granularity) };
}

/** Years or months between the window's ends (0 when both are the same step); 0 for all time. */
export function windowWidth(time: TimeRange, steps: readonly string[]): number {
  if ((time.from === null && time.to === null) || steps.length === 0) return 0;
  const from = periodNumber(time.from ?? steps[0]!, time.granularity);
  const to = periodNumber(time.to ?? steps.at(-1)!, time.granularity);
  return Math.max(0, to - from);
}

/** A step key (`2021` or `2021-11`) as a count of years or months, so widths can be added. */
function periodNumber(key: string, granularity: TimeGranularity): number {
  const year = Number(key.slice(0, 4));
  if (granularity === "year") return year;
  const month = /^\d{4}-(\d{2})/.exec(key)?.[1];
  return year * 12 + (month ? Number(month) - 1 : 0);
}

/** The step key `by` years or months away from `key`. */
function shiftPeriod(key: string, by: number, granularity: TimeGranularity): string {
  const number = periodNumber(key, granularity) + by;
  if (granularity === "year") return String(number).padStart(4, "0");
  const year = Math.floor(number / 12);
  return `${String(year).padStart(4, "0")}-${String((number % 12) + 1).padStart(2, "0")}`;
}
