import { datePeriod } from "./datePeriod.ts";
import type { TimeRange } from "./TimeRange.ts";

/**
 * Whether a dated item belongs to the period: it overlaps [from, to]. Undated items always do,
 * and so does a date the slider cannot read.
 */
export function isInTimeRange(date: string | null | undefined, range: TimeRange): boolean {
  const period = datePeriod(date);
  if (!period) return true;
  const to = datePeriod(range.to);
  const from = datePeriod(range.from);
  if (to && period.start > to.end) return false;
  if (from && period.end < from.start) return false;
  return true;
}
