/** The months a partial date covers, as `YYYY-MM` keys that compare as strings. */
export interface MonthPeriod {
  start: string;
  end: string;
}

/**
 * `2021` covers 2021-01..2021-12, `2021-11` and `2021-11-24` cover 2021-11; a date of another
 * shape has no period. No day or month is invented: a year-precise item stays a whole year.
 */
export function datePeriod(date: string | null | undefined): MonthPeriod | null {
  const match = /^(\d{4})(?:-(\d{2}))?/.exec(date ?? "");
  if (!match) return null;
  const [, year, month] = match;
  if (month) return { start: `${year}-${month}`, end: `${year}-${month}` };
  return { start: `${year}-01`, end: `${year}-12` };
}
