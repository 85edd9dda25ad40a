import { dropOverlappingDates, type DateMention } from "../DateMention.ts";
import type { NormalizedText } from "../normalizeForMatching.ts";
import {
  addDays, addMonths, formatPartialDate, resolveWeekday, yearForMonth, type PartialDate,
} from "../PartialDate.ts";
import { ARABIC_MONTHS, ARABIC_MONTHS_NEEDING_NUMBER, ARABIC_WEEKDAYS } from "./arabicDateWords.ts";

const MONTH_NUMBER = new Map(ARABIC_MONTHS);
const MONTH_ALT = [...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).map((m) => m.replace(/ /g, "\\s+")).join("|");
const L = "\\p{L}";
// "22 نوفمبر/تشرين الثاني 2021", "8 تشرين الاول/أكتوبر 2002", "في مارس الماضي", "ديسمبر 2016".
const MONTH_DATE = new RegExp(
  `(?<![${L}\\d])(?:(\\d{1,2})\\s*)?(?:[وفب]|من|في)?\\s*(${MONTH_ALT})(?:\\s*[/(-]\\s*(?:${MONTH_ALT})\\)?)?(?![${L}])` +
  `(?:\\s*(?:(?:من\\s+)?(?:عام|العام|سنه)\\s+)?(\\d{4})(?!\\d))?(?:\\s+(الماضي|المنصرم|الفائت|المقبل|القادم))?`, "gu");
// "في التاسع من مايو", "الحادي والعشرين من مارس 2023": a day written as an ordinal word before its month.
const ORDINAL_UNITS: [string, number][] = [["الاول", 1], ["الحادي", 1], ["الثاني", 2], ["الثالث", 3], ["الرابع", 4], ["الخامس", 5],
  ["السادس", 6], ["السابع", 7], ["الثامن", 8], ["التاسع", 9]];
const ORDINAL_DAY = new Map<string, number>([...ORDINAL_UNITS.filter(([w]) => w !== "الحادي"), ["العاشر", 10], ["العشرين", 20], ["الثلاثين", 30]]);
for (const [w, n] of ORDINAL_UNITS) { ORDINAL_DAY.set(`${w} عشر`, 10 + n); ORDINAL_DAY.set(`${w} والعشرين`, 20 + n); }
ORDINAL_DAY.set("الحادي والثلاثين", 31);
const ORDINAL_ALT = [...ORDINAL_DAY.keys()].sort((a, b) => b.length - a.length).map((m) => m.replace(/ /g, "\\s+")).join("|");
const ORDINAL_DATE = new RegExp(
  `(?<![${L}\\d])(?<!(?:تشرين|كانون)\\s+)[وفب]?(${ORDINAL_ALT})\\s+(?:من\\s+)?(?:شهر\\s+)?(${MONTH_ALT})(?:\\s*[/(-]\\s*(?:${MONTH_ALT})\\)?)?(?![${L}])` +
  `(?:\\s*(?:(?:من\\s+)?(?:عام|العام|سنه)\\s+)?(\\d{4})(?!\\d))?(?:\\s+(الماضي|المنصرم|الفائت|المقبل|القادم))?`, "gu");
// "في السادس والعشرين من الشهر ذاته", "في الحادي عشر من الشهر الجاري": an ordinal day of a month named by reference.
const ORDINAL_OF_MONTH = new RegExp(`(?<![${L}\\d])[وفب]?(${ORDINAL_ALT})\\s+من\\s+(?:هذا\\s+)?الشهر\\s*(ذاته|نفسه|الجاري|الحالي|الماضي|المنصرم|المقبل)?(?![${L}])`, "gu");
// "أواخر ماي", "مطلع أوت": a part of a month; "ماي" and "اب" count as months after these words.
const MONTH_PART = new RegExp(`(?<![${L}])[وفب]?(?:نهايه|اواخر|مطلع|اوائل|بدايه|منتصف|اواسط)\\s+(${MONTH_ALT})(?![${L}])`, "gu");
const YEAR_PHRASE = new RegExp(
  `(?<![${L}\\d])(?:(?:[وفب]?(?:نهايه|اواخر|مطلع|اوائل|بدايه|منتصف|اواسط|خلال|حتى|منذ|في|قبل|بعد|عام|العام|سنه|عامي|سنتي))\\s+)?` +
  // "عامي 2015 و2016": a conjunction attached to the second year.
  `(?:(?:عام|العام|سنه)\\s+)?[وف]?((?:19|20)\\d{2})(?![\\d${L}])`, "gu");
const WEEKDAY = new RegExp(`(?<![${L}])(?:[وف]?(?:يوم\\s+)?)?(?:[وفب]?)(${ARABIC_WEEKDAYS.map(([w]) => w).join("|")})(?:\\s+(المقبل|القادم))?(?![${L}])`, "gu");
const RELATIVE: [RegExp, (ref: Date) => PartialDate][] = [
  [/(?<![\p{L}])(?:[وف]?اول\s+)امس(?![\p{L}])/gu, (r) => addDays(r, -2)],
  [/(?<![\p{L}])[وف]?(?:امس|البارحه)(?![\p{L}])/gu, (r) => addDays(r, -1)],
  // "اليوم" is today, not "في اليوم الثالث من الزيارة", "اليوم التالي", "اليوم الأول", "اليوم الوطني" (a day of the visit, or a named day).
  [/(?<![\p{L}])[وف]?(?:اليوم)(?![\p{L}])(?!\s+(?:الاول|الثاني|الثالث|الرابع|الخامس|الاخير|التالي|الموالي|السابق|الوطني|العالمي|نفسه|ذاته)(?![\p{L}]))/gu, (r) => addDays(r, 0)],
  [/(?<![\p{L}])[وف]?(?:غدا|غد)(?![\p{L}])/gu, (r) => addDays(r, 1)],
  [/(?<![\p{L}])(?:[وفب]?الشهر|[وف]?خلال\s+الشهر)\s+(?:الماضي|المنصرم|الفائت|السابق)(?![\p{L}])/gu, (r) => addMonths(r, -1)],
  [/(?<![\p{L}])[وفب]?الشهر\s+(?:المقبل|القادم)(?![\p{L}])/gu, (r) => addMonths(r, 1)],
  [/(?<![\p{L}])(?:[وفب]?(?:هذا\s+الشهر|الشهر\s+الجاري|الشهر\s+الحالي))(?![\p{L}])/gu, (r) => addMonths(r, 0)],
  [/(?<![\p{L}])[وفب]?(?:العام|السنه)\s+(?:الماضي|الماضيه|المنصرم|المنصرمه|الفائت|السابق)(?![\p{L}])/gu, (r) => ({ year: r.getUTCFullYear() - 1 })],
  [/(?<![\p{L}])[وفب]?(?:العام|السنه)\s+(?:المقبل|المقبله|القادم|القادمه)(?![\p{L}\s\d])/gu, (r) => ({ year: r.getUTCFullYear() + 1 })],
  [/(?<![\p{L}])(?:[وفب]?(?:هذا\s+العام|العام\s+الجاري|العام\s+الحالي|السنه\s+الجاريه))(?![\p{L}])/gu, (r) => ({ year: r.getUTCFullYear() })],
];

// Words one of which each RELATIVE rule needs (same order).
const RELATIVE_KEYS: string[][] = [["امس"], ["امس", "البارحه"], ["اليوم"], ["غد"], ["الشهر"], ["الشهر"], ["الشهر"], ["العام", "السنه"], ["العام", "السنه"], ["العام", "السنه"]];

/** Arabic dates: month names in all regional variants, years, relative days, months and weekdays. */
export function findArabicDates(folded: NormalizedText, ref: Date | null): DateMention[] {
  const text = folded.text;
  const out: DateMention[] = [];
  const push = (start: number, end: number, d: PartialDate, relative: boolean) =>
    out.push({ start: folded.offsets[start]!, end: folded.offsets[end - 1]! + 1, value: formatPartialDate(d), relative });

  for (const m of text.matchAll(MONTH_DATE)) {
    const [whole, dayS, monthS, yearS, hintS] = m;
    const key = monthS!.replace(/\s+/g, " ");
    const month = MONTH_NUMBER.get(key)!;
    if (ARABIC_MONTHS_NEEDING_NUMBER.has(key) && !dayS && !yearS) continue;
    let year = yearS ? Number(yearS) : null;
    const hint = hintS ? (/(ماضي|منصرم|فائت)/.test(hintS) ? "past" : "future") : null;
    if (year === null) {
      if (!ref) continue;
      year = yearForMonth(ref, month, hint);
    }
    const day = dayS ? Number(dayS) : undefined;
    const d: PartialDate = day && day >= 1 && day <= 31 ? { year, month, day } : { year, month };
    const lead = whole.length - whole.trimStart().length;
    push(m.index + lead, m.index + whole.length, d, !yearS);
  }
  for (const m of text.matchAll(ORDINAL_DATE)) {
    const [whole, dayS, monthS, yearS, hintS] = m;
    const month = MONTH_NUMBER.get(monthS!.replace(/\s+/g, " "))!;
    const hint = hintS ? (/(ماضي|منصرم|فائت)/.test(hintS) ? "past" : "future") : null;
    const year = yearS ? Number(yearS) : ref ? yearForMonth(ref, month, hint) : null;
    if (year === null) continue;
    push(m.index, m.index + whole.length, { year, month, day: ORDINAL_DAY.get(dayS!.replace(/\s+/g, " "))! }, !yearS);
  }
  if (ref) {
    for (const m of text.matchAll(MONTH_PART)) {
      const month = MONTH_NUMBER.get(m[1]!.replace(/\s+/g, " "))!;
      push(m.index, m.index + m[0].length, { year: yearForMonth(ref, month, null), month }, true);
    }
  }
  for (const m of text.matchAll(YEAR_PHRASE)) push(m.index, m.index + m[0].length, { year: Number(m[1]) }, false);
  if (ref) {
    for (let r = 0; r < RELATIVE.length; r++) {
      // Each rule runs only when its key word is in the text: most articles use two or three of them.
      if (!RELATIVE_KEYS[r]!.some((k) => text.includes(k))) continue;
      const [re, f] = RELATIVE[r]!;
      for (const m of text.matchAll(re)) push(m.index, m.index + m[0].length, f(ref), true);
    }
    for (const m of text.matchAll(WEEKDAY)) {
      const wd = ARABIC_WEEKDAYS.find(([w]) => w === m[1])![1];
      // "غدا الأحد": the weekday names tomorrow; the longer "tomorrow" mention wins the overlap below.
      const before = text.slice(Math.max(0, m.index - 8), m.index);
      const future = !!m[2] || /غدا\s*[,(]?\s*$/.test(before);
      push(m.index, m.index + m[0].length, resolveWeekday(ref, wd, future), true);
    }
  }
  if (ref) {
    const found = dropOverlappingDates(out);
    for (const m of text.matchAll(ORDINAL_OF_MONTH)) {
      const day = ORDINAL_DAY.get(m[1]!.replace(/\s+/g, " "))!;
      const which = m[2] ?? "الجاري";
      let month: PartialDate | null;
      if (which === "ذاته" || which === "نفسه") {
        // The month the text named last before.
        const at = folded.offsets[m.index]!;
        // Preferably a month told relative to the publication ("مطلع يونيو الماضي"), not an older dated one in between.
        const before = [...found].reverse().filter((d) => d.end <= at && d.value.length >= 7);
        const prev = before.find((d) => d.relative) ?? before[0];
        month = prev ? { year: Number(prev.value.slice(0, 4)), month: Number(prev.value.slice(5, 7)) } : null;
      } else {
        const shift = /ماضي|منصرم/.test(which) ? -1 : /مقبل/.test(which) ? 1 : 0;
        const d = addMonths(ref, shift);
        month = { year: d.year, month: d.month };
      }
      if (month?.month) push(m.index, m.index + m[0].length, { year: month.year, month: month.month, day }, true);
    }
  }
  return dropOverlappingDates(out);
}
