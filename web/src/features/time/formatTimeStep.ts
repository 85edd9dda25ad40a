import type { Language } from "../../i18n/Language.ts";

/** A slider step (`2021` or `2021-11`) as the interface shows it: "2021", "Nov 2021" or "نوفمبر ٢٠٢١". */
export function formatTimeStep(step: string, language: Language): string {
  const match = /^(\d{4})(?:-(\d{2}))?$/.exec(step);
  if (!match) return step;
  const [, year, month] = match;
  const locale = language === "ar" ? "ar-EG" : "en-GB";
  const date = new Date(Date.UTC(Number(year), month ? Number(month) - 1 : 0, 1));
  return new Intl.DateTimeFormat(locale, month ? { year: "numeric", month: "short", timeZone: "UTC" } : { year: "numeric", timeZone: "UTC" }).format(date);
}
