import type { ExportNode } from "../graph/fetchExportGraph.ts";

export type DatePrecision = "DAY" | "MONTH" | "YEAR";

/** A date as the graph keeps it: "2021", "2021-11" or "2021-11-24", and how precise it is. */
export interface PartialDate {
  value: string;
  precision: DatePrecision;
}

/** When a node happened: agreements from signedOn, meetings from start to end, articles from publishedAt. */
export interface NodeTimeSpan {
  start: PartialDate;
  end: PartialDate | null;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/** Reads a stored partial date (a longer ISO timestamp keeps its day); anything else is no date. */
export function toPartialDate(value: unknown, precision?: unknown): PartialDate | null {
  if (typeof value !== "string") return null;
  const m = PARTIAL_DATE.exec(value);
  if (!m) return null;
  const [, year, month, day] = m;
  const text = [year, month, day].filter(Boolean).join("-");
  const implied: DatePrecision = day ? "DAY" : month ? "MONTH" : "YEAR";
  const stated = precision === "DAY" || precision === "MONTH" || precision === "YEAR" ? precision : implied;
  // A stated precision finer than the value itself would claim a day nobody gave.
  const rank = { YEAR: 0, MONTH: 1, DAY: 2 } as const;
  return { value: text, precision: rank[stated] <= rank[implied] ? stated : implied };
}

export function nodeTimeSpan(node: ExportNode): NodeTimeSpan | null {
  const p = node.properties;
  let start: PartialDate | null = null;
  let end: PartialDate | null = null;
  switch (node.type) {
    case "AGREEMENT": start = toPartialDate(p.signedOn, p.signedOnPrecision); break;
    case "MEETING":
      start = toPartialDate(p.startDate, p.startPrecision);
      end = toPartialDate(p.endDate, p.endPrecision);
      break;
    case "ARTICLE": start = toPartialDate(p.publishedAt); break;
    default: return null;
  }
  if (!start) return null;
  return { start, end: end && toFullDate(end) >= toFullDate(start) ? end : null };
}

/**
 * A full YYYY-MM-DD for tools that need one (Gephi's timeline): a partial date becomes the first
 * day of its period, YYYY -> YYYY-01-01 and YYYY-MM -> YYYY-MM-01. The export keeps the original
 * value and its precision beside it, so no day is invented without saying so.
 */
export function toFullDate(date: PartialDate): string {
  const [year, month = "01", day = "01"] = date.value.split("-");
  return `${year}-${month}-${day}`;
}
