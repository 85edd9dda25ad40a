import { findArabicDates } from "./ar/findArabicDates.ts";
import type { DateMention } from "./DateMention.ts";
import { findLatinDates } from "./findLatinDates.ts";
import type { NormalizedText } from "./normalizeForMatching.ts";
import { parseIsoDay } from "./PartialDate.ts";
import type { Sentence } from "./splitSentences.ts";
import type { Language } from "./types.ts";

/** Date expressions of the article, resolved against the publication date when relative. */
export function findDates(folded: NormalizedText, sentences: Sentence[], lang: Language, published: string | null): DateMention[] {
  const ref = parseIsoDay(published);
  if (lang === "ar") return findArabicDates(folded, ref);
  return findLatinDates(sentences, lang, ref);
}
