/** A calendar date known to year, month or day precision. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export function formatPartialDate(d: PartialDate): string {
  const y = String(d.year).padStart(4, "0");
  if (d.month === undefined) return y;
  const m = String(d.month).padStart(2, "0");
  return d.day === undefined ? `${y}-${m}` : `${y}-${m}-${String(d.day).padStart(2, "0")}`;
}

/** Parses "YYYY-MM-DD" into a UTC date, or null. */
export function parseIsoDay(s: string | null | undefined): Date | null {
  if (!s || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return null;
  const d = new Date(`${s}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

export function addDays(d: Date, n: number): PartialDate {
  const x = new Date(d.getTime() + n * 86400000);
  return { year: x.getUTCFullYear(), month: x.getUTCMonth() + 1, day: x.getUTCDate() };
}

export function addMonths(d: Date, n: number): PartialDate {
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + n;
  return { year: Math.floor(total / 12), month: (total % 12) + 1 };
}

/** The latest given weekday (0 = Sunday) on or before the reference day, or the next one after it. */
export function resolveWeekday(ref: Date, weekday: number, future: boolean): PartialDate {
  const diff = ref.getUTCDay() - weekday;
  if (future) return addDays(ref, ((weekday - ref.getUTCDay() + 7) % 7) || 7);
  return addDays(ref, -((diff + 7) % 7));
}

/**
 * The year of a month named without one: the published year, unless the month lies well after the
 * published month (then last year), or the text marks it as past or coming.
 */
export function yearForMonth(ref: Date, month: number, hint: "past" | "future" | null): number {
  const y = ref.getUTCFullYear(), m = ref.getUTCMonth() + 1;
  if (hint === "past") return month < m ? y : y - 1;
  if (hint === "future") return month > m ? y : y + 1;
  return month > m + 2 ? y - 1 : y;
}
