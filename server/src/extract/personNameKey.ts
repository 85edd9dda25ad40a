import { foldForKey } from "./normalizeForMatching.ts";

// A rough Arabic-to-Latin letter map: enough for a stable cross-article key when the curated table
// does not know the person; not meant as a display transliteration standard.
const AR_TO_LATIN: Record<string, string> = {
  "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z",
  "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k",
  "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w", "ي": "y", "ء": "", "پ": "p", "چ": "ch", "ڤ": "v", "گ": "g",
};

/** Latin letters for a folded Arabic name ("بيني غانتس" -> "byny ghants"). */
export function transliterateArabic(name: string): string {
  return foldForKey(name).split("").map((c) => AR_TO_LATIN[c] ?? c).join("").replace(/\s+/g, " ").trim();
}

/** The cross-script key of a person: lower-case ASCII words of the Latin name, hyphen-joined. */
export function personNameKey(latinOrArabic: string): string {
  const latin = /[\u0600-\u06FF]/.test(latinOrArabic) ? transliterateArabic(latinOrArabic) : foldForKey(latinOrArabic);
  return latin.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "unknown";
}
