/** Steps of the time slider: whole years (`2021`) or months (`2021-11`). */
export type TimeGranularity = "year" | "month";

/**
 * How the play button moves through time: `cumulative` moves only "until" forward (the graph as
 * it stood at each moment); `window` moves both ends forward keeping the width between them
 * (what happened in each period).
 */
export type TimePlayback = "cumulative" | "window";

/**
 * The period shown: dated items outside it are hidden, undated nodes always stay. `from` and `to`
 * are step keys (`2021` or `2021-11`); null leaves that end open.
 */
export interface TimeRange {
  from: string | null;
  to: string | null;
  granularity: TimeGranularity;
  playback: TimePlayback;
}

export const ALL_TIME: TimeRange = { from: null, to: null, granularity: "year", playback: "cumulative" };
