import { datePeriod } from "./datePeriod.ts";
import type { TimeGranularity } from "./TimeRange.ts";

/**
 * The slider's stops: each distinct year or month in which a dated item starts, oldest first, so
 * every step of the play button shows something new.
 */
export function timeSteps(dates: Iterable<string | null | undefined>, granularity: TimeGranularity): string[] {
  const keys = new Set<string>();
  for (const date of dates) {
    const period = datePeriod(date);
    if (!period) continue;
    keys.add(granularity === "year" ? period.start.slice(0, 4) : period.start);
  }
  return [...keys].sort();
}
