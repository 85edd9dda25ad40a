/** Text folded for matching, with a map from each folded character back to the original text. */
export interface NormalizedText {
  text: string;
  /** offsets[i] is the index in the original text of folded character i; offsets[text.length] = original length. */
  offsets: Int32Array;
}

// Arabic short vowels, tanwin, shadda, sukun, superscript alef, Quranic marks and tatweel carry no
// identity for names; dropping them lets "عُمان" and "عمان" meet (the caller keeps the original).
function isDropped(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0640 || c === 0x0670 || (c >= 0x0610 && c <= 0x061a) || (c >= 0x06d6 && c <= 0x06ed)
    || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x00ad;
}
const ARABIC_FOLDS: Record<string, string> = {
  "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي", "ی": "ي", "ک": "ك",
};
const PUNCT_FOLDS: Record<string, string> = {
  "’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "«": '"', "»": '"', "„": '"',
  "–": "-", "—": "-", "‑": "-", "\u00A0": " ", "\u202F": " ", "،": ",", "؛": ";", "؟": "?",
};

/**
 * Folds text for matching: Arabic diacritics and tatweel dropped; alef/hamza forms, alef maqsura and
 * taa marbuta unified; Latin accents removed (é -> e); typographic quotes and dashes unified.
 * Case is kept (names need it). Every folded character maps back to its original offset.
 */
export function normalizeForMatching(original: string): NormalizedText {
  // Most characters are kept as they are: copy them in runs and write only the offsets one by one.
  const parts: string[] = [];
  const offsets = new Int32Array(original.length * 2 + 1);
  let n = 0, runStart = 0;
  const flush = (i: number) => { if (i > runStart) parts.push(original.slice(runStart, i)); };
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    if (code < 0x80) { offsets[n++] = i; continue; }
    if (code >= 0x0621 && code <= 0x064a && code !== 0x0622 && code !== 0x0623 && code !== 0x0624 && code !== 0x0625
      && code !== 0x0626 && code !== 0x0629 && code !== 0x0640 && code !== 0x0649) { offsets[n++] = i; continue; }
    const ch = original[i]!;
    if (isDropped(code)) { flush(i); runStart = i + 1; continue; }
    let replacement: string | undefined;
    if ((code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9)) {
      // Arabic-Indic digits read as ASCII digits, so dates and numbers share one pattern.
      replacement = String((code & 0x0f) % 10);
    } else {
      replacement = ARABIC_FOLDS[ch] ?? PUNCT_FOLDS[ch];
      if (replacement === undefined && code >= 0x00c0 && code <= 0x024f) {
        // Latin with diacritics: keep the base letter(s) only.
        replacement = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
      }
    }
    if (replacement === undefined) { offsets[n++] = i; continue; }
    flush(i);
    parts.push(replacement);
    for (let k = 0; k < replacement.length; k++) offsets[n++] = i;
    runStart = i + 1;
  }
  flush(original.length);
  const text = parts.join("");
  offsets[n++] = original.length;
  return { text, offsets: offsets.slice(0, n) };
}

/** Folds a short string (a gazetteer entry, a name) the same way, lower-cased, without offsets. */
export function foldForKey(s: string): string {
  return normalizeForMatching(s).text.toLowerCase();
}

/** A set of words folded like the text's tokens, so hand-written lists match whatever spelling they use. */
export function foldedSet(words: Iterable<string>): Set<string> {
  return new Set([...words].map(foldForKey));
}
