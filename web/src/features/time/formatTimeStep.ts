import type { Language } from "../../i18n/Language.ts";

const MONTHS: Record<Language, readonly string[]> = {
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  ar: ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
};

/**
 * A slider step (`2021` or `2021-11`) as the interface shows it: "2021", "Nov 2021" or "نوفمبر ٢٠٢١"
 * (the month names and Arabic-Indic digits of ar-EG). Written out rather than asked of
 * Intl.DateTimeFormat: the time bar is drawn with the first graph, and building the first
 * formatter took about 40 ms of that (CPU profile of the seed page load), for twelve fixed names.
 */
export function formatTimeStep(step: string, language: Language): string {
  const match = /^(\d{4})(?:-(\d{2}))?$/.exec(step);
  if (!match) return step;
  const [, year, month] = match;
  const name = month ? MONTHS[language][Number(month) - 1] : undefined;
  const digits = language === "ar" ? toArabicIndicDigits(year!) : year!;
  return name ? `${name} ${digits}` : digits;
}

function toArabicIndicDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(0x0660 + Number(digit)));
}
