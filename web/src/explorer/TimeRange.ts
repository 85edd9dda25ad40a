/** Steps of the time slider: whole years (`2021`) or months (`2021-11`). */
export type TimeGranularity = "year" | "month";

/**
 * The period shown: dated items outside it are hidden, undated nodes always stay. `from` and `to`
 * are step keys (`2021` or `2021-11`); null leaves that end open.
 */
export interface TimeRange {
  from: string | null;
  to: string | null;
  granularity: TimeGranularity;
}

export const ALL_TIME: TimeRange = { from: null, to: null, granularity: "year" };
