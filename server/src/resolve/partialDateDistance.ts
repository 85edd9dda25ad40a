/** First and last day (days since 1970-01-01, UTC) a partial date "YYYY", "YYYY-MM" or "YYYY-MM-DD" covers. */
export function partialDateSpan(date: string): [number, number] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  const day = (yy: number, mm: number, dd: number) => Date.UTC(yy, mm, dd) / 86_400_000;
  if (m[3]) { const d = day(y, Number(m[2]) - 1, Number(m[3])); return [d, d]; }
  if (m[2]) { const mo = Number(m[2]) - 1; return [day(y, mo, 1), day(y, mo + 1, 1) - 1]; }
  return [day(y, 0, 1), day(y + 1, 0, 1) - 1];
}

/**
 * Days between the periods two partial dates cover: 0 when they overlap (so "2021-11" and
 * "2021-11-24" are at distance 0, as one is a prefix of the other), Infinity when one is unreadable.
 */
export function partialDateDistance(a: string, b: string): number {
  const x = partialDateSpan(a), y = partialDateSpan(b);
  if (!x || !y) return Infinity;
  return Math.max(0, y[0] - x[1], x[0] - y[1]);
}
