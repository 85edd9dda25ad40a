import type { DatePrecision } from "../api/generated/graphqlTypes.ts";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * Formats `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as "2021", "Nov 2021" or "24 Nov 2021", never adding
 * a day or month the source did not give. Unknown shapes are returned unchanged.
 */
export function formatPartialDate(value: string, precision?: DatePrecision): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (precision === "YEAR" || !monthName) return year ?? value;
  if (precision === "MONTH" || !day) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}
