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
  return withSameDay(folded, dates);
}

// "earlier that day", "the same day", "في اليوم نفسه", "le même jour": the day the text named just before.
const SAME_DAY = /(?<![\p{L}])(?:(?:earlier|later)\s+that\s+day|that\s+same\s+day|the\s+same\s+day|that\s+day|(?:في\s+)?(?:ذلك\s+اليوم|اليوم\s+(?:نفسه|ذاته))|le\s+m[eê]me\s+jour|ce\s+jour-la)(?![\p{L}])/giu;
// How far back (in characters) the day referred to may be.
const SAME_DAY_REACH = 500;

function withSameDay(folded: NormalizedText, dates: DateMention[]): DateMention[] {
  if (dates.length === 0 || !/day|اليوم|jour/i.test(folded.text)) return dates;
  const added: DateMention[] = [];
  for (const m of folded.text.matchAll(SAME_DAY)) {
    const start = folded.offsets[m.index]!, end = folded.offsets[m.index + m[0].length - 1]! + 1;
    const day = [...dates].reverse().find((d) => d.end <= start && start - d.end <= SAME_DAY_REACH && d.value.length === 10);
    if (day) added.push({ start, end, value: day.value, relative: day.relative });
  }
  return added.length ? dropOverlappingDates([...dates, ...added]) : dates;
}
