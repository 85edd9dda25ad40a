import type { Language } from "../../i18n/Language.ts";

/** A slider step (`2021` or `2021-11`) as the interface shows it: "2021", "Nov 2021" or "نوفمبر ٢٠٢١". */
export function formatTimeStep(step: string, language: Language): string {
  const match = /^(\d{4})(?:-(\d{2}))?$/.exec(step);
  if (!match) return step;
  const [, year, month] = match;
  const date = new Date(Date.UTC(Number(year), month ? Number(month) - 1 : 0, 1));
  return formatter(language, Boolean(month)).format(date);
}

// Building an Intl.DateTimeFormat costs far more than using one, and the time bar formats every step.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, withMonth: boolean): Intl.DateTimeFormat {
  const key = `${language}:${withMonth}`;
  let found = formatters.get(key);
  if (!found) {
    const locale = language === "ar" ? "ar-EG" : "en-GB";
    found = new Intl.DateTimeFormat(locale, withMonth ? { year: "numeric", month: "short", timeZone: "UTC" } : { year: "numeric", timeZone: "UTC" });
    formatters.set(key, found);
  }
  return found;
}
