import { findArabicDates } from "./ar/findArabicDates.ts";
import { dropOverlappingDates, type DateMention } from "./DateMention.ts";
import { findLatinDates } from "./findLatinDates.ts";
import type { NormalizedText } from "./normalizeForMatching.ts";
import { parseIsoDay } from "./PartialDate.ts";
import type { Sentence } from "./splitSentences.ts";
import type { Language } from "./types.ts";

/** Date expressions of the article, resolved against the publication date when relative. */
export function findDates(folded: NormalizedText, sentences: Sentence[], lang: Language, published: string | null): DateMention[] {
  const ref = parseIsoDay(published);
  const dates = lang === "ar" ? findArabicDates(folded, ref) : findLatinDates(sentences, lang, ref);
  return withSameDay(folded, withYearPhrase(folded, dates, ref ? ref.getUTCFullYear() : null));
}

// "in July last year", "on Sept. 15 of that year", "في يوليو من العام الماضي", "في مارس من العام نفسه": a month or day
// whose year is given by the words right after it, not by the publication date.
const YEAR_PHRASE = /^[\s,]*(?:of\s+)?(last\s+year|the\s+previous\s+year|that\s+year|the\s+same\s+year|(?:من\s+)?(?:العام|السنه|عام)\s+(?:الماضي|المنصرم|السابق|نفسه|ذاته)|من\s+ذلك\s+العام)(?![\p{L}])/iu;

function withYearPhrase(folded: NormalizedText, dates: DateMention[], publishedYear: number | null): DateMention[] {
  if (dates.length === 0 || !/year|العام|السنه|عام/i.test(folded.text)) return dates;
  // Folded index of an original offset (offsets is increasing).
  const foldedAt = (orig: number) => { let lo = 0, hi = folded.text.length; while (lo < hi) { const mid = (lo + hi) >> 1; if (folded.offsets[mid]! < orig) lo = mid + 1; else hi = mid; } return lo; };
  const out: DateMention[] = [];
  for (const d of dates) {
    if (d.value.length < 7) continue;
    const from = foldedAt(d.end);
    const m = YEAR_PHRASE.exec(folded.text.slice(from, from + 40));
    if (!m) continue;
    let year: number | null;
    if (/last|previous|الماضي|المنصرم|السابق/.test(m[1]!)) year = publishedYear === null ? null : publishedYear - 1;
    else {
      // "that year": the last year written out before the date.
      const before = folded.text.slice(Math.max(0, foldedAt(d.start) - 400), foldedAt(d.start));
      const ys = [...before.matchAll(/(?<!\d)(1[89]\d{2}|20\d{2})(?!\d)/g)];
      year = ys.length ? Number(ys[ys.length - 1]![1]) : null;
    }
    if (year === null) continue;
    out.push({ start: d.start, end: folded.offsets[from + m[0].length - 1]! + 1, value: String(year) + d.value.slice(4), relative: false });
  }
  return out.length ? dropOverlappingDates([...dates.filter((d) => !out.some((x) => d.start < x.end && x.start < d.end)), ...out]) : dates;
}

// "earlier that day", "the same day", "في اليوم نفسه", "le même jour": the day the text named just before.
const SAME_DAY = /(?<![\p{L}])(?:(?:earlier|later)\s+that\s+day|that\s+same\s+day|the\s+same\s+day|that\s+day|(?:في\s+)?(?:ذلك\s+اليوم|اليوم\s+(?:نفسه|ذاته))|le\s+m[eê]me\s+jour|ce\s+jour-la)(?![\p{L}])/giu;
// "the next day", "a day later", "في اليوم التالي", "le lendemain"; "the day before", "في اليوم السابق", "la veille":
// one day after (before) the day the text named just before.
const NEXT_DAY = /(?<![\p{L}])(?:the\s+(?:next|following)\s+day|a\s+day\s+later|the\s+day\s+(?:after|before)|the\s+previous\s+day|(?:في\s+)?اليوم\s+(?:التالي|الموالي|السابق)|le\s+lendemain|la\s+veille)(?![\p{L}])/giu;
// How far back (in characters) the day referred to may be.
const SAME_DAY_REACH = 500;

// "two years later", "a month later", "بعد ذلك بعامين": a span after the date named just before.
const LATER = /(?<![\p{L}])(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(years?|months?)\s+later(?![\p{L}])|(?<![\p{L}])بعد\s+ذلك\s+ب(عام|عامين|سنه|سنتين|شهر|شهرين)(?![\p{L}])/giu;
const COUNT_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
// Only from a date in the same sentence or the one before (a few hundred characters).
const LATER_REACH = 300;

function withSameDay(folded: NormalizedText, dates: DateMention[]): DateMention[] {
  if (dates.length === 0 || !/day|اليوم|jour|later|بعد ذلك|lendemain|veille/i.test(folded.text)) return dates;
  const added: DateMention[] = [];
  for (const m of folded.text.matchAll(LATER)) {
    const start = folded.offsets[m.index]!, end = folded.offsets[m.index + m[0].length - 1]! + 1;
    const base = [...dates].reverse().find((d) => d.end <= start && start - d.end <= LATER_REACH);
    if (!base) continue;
    const ar = m[3];
    const n = ar ? (/ين$/.test(ar) ? 2 : 1) : COUNT_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
    const months = ar ? /شهر/.test(ar) : /^month/i.test(m[2]!);
    const y = Number(base.value.slice(0, 4)), mo = base.value.length >= 7 ? Number(base.value.slice(5, 7)) : null;
    let value: string;
    if (!months) value = String(y + n);
    else if (mo === null) continue;
    else { const total = y * 12 + (mo - 1) + n; value = `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}`; }
    added.push({ start, end, value, relative: base.relative });
  }
  for (const m of folded.text.matchAll(NEXT_DAY)) {
    const start = folded.offsets[m.index]!, end = folded.offsets[m.index + m[0].length - 1]! + 1;
    const day = [...dates].reverse().find((d) => d.end <= start && start - d.end <= SAME_DAY_REACH && d.value.length === 10);
    if (!day) continue;
    const shift = /before|previous|السابق|veille/.test(m[0]) ? -1 : 1;
    added.push({ start, end, value: new Date(Date.parse(day.value + "T00:00:00Z") + shift * 86400000).toISOString().slice(0, 10), relative: day.relative });
  }
  for (const m of folded.text.matchAll(SAME_DAY)) {
    const start = folded.offsets[m.index]!, end = folded.offsets[m.index + m[0].length - 1]! + 1;
    const day = [...dates].reverse().find((d) => d.end <= start && start - d.end <= SAME_DAY_REACH && d.value.length === 10);
    if (day) added.push({ start, end, value: day.value, relative: day.relative });
  }
  // These read the text, not the publication date: they replace what a general parser made of the same words.
  return added.length ? dropOverlappingDates([...dates.filter((d) => !added.some((x) => d.start < x.end && x.start < d.end)), ...added]) : dates;
}
