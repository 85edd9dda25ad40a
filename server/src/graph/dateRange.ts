/**
 * Partial dates ("2021", "2021-11", "2021-11-24") as ranges of days, so a filter compares
 * ranges: "2021" overlaps any range that touches 2021, and no day is ever invented.
 * Cypher below turns a stored partial date into its first and last day as ISO strings,
 * which compare correctly as strings.
 */
export function rangeStart(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}

export function rangeEnd(d: string): string {
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
}

export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Cypher: first and last day of the partial date in `expr` (null stays null). */
export const cypherRangeStart = (expr: string) =>
  `CASE size(${expr}) WHEN 4 THEN ${expr} + '-01-01' WHEN 7 THEN ${expr} + '-01' ELSE ${expr} END`;
export const cypherRangeEnd = (expr: string) =>
  `CASE size(${expr}) WHEN 4 THEN ${expr} + '-12-31' WHEN 7 THEN ${expr} + '-31' ELSE ${expr} END`;

/** The precision a partial date's length carries: "2021" YEAR, "2021-11" MONTH, "2021-11-24" DAY. */
export function datePrecision(d: string): "YEAR" | "MONTH" | "DAY";
export function datePrecision(d: string | null): "YEAR" | "MONTH" | "DAY" | null;
export function datePrecision(d: string | null): "YEAR" | "MONTH" | "DAY" | null {
  return d == null ? null : d.length === 4 ? "YEAR" : d.length === 7 ? "MONTH" : "DAY";
}
