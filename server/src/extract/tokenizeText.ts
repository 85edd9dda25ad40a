import type { NormalizedText } from "./normalizeForMatching.ts";

export interface Token {
  /** Offsets in the original text. */
  start: number;
  end: number;
  /** Offsets in the folded text. */
  foldedStart: number;
  foldedEnd: number;
  /** Folded, lower-cased form. */
  norm: string;
  /** Matching forms: the token, then with Arabic clitics (و ف ب ل ك, ال) stripped. */
  cores: string[];
  /** The folded form without the Arabic article (stripArticle(norm)), as phrase keys after the first compare. */
  bare: string;
  arabic: boolean;
  /** First letter is an upper-case Latin letter. */
  capitalized: boolean;
  /** All letters are upper case (acronyms). */
  allCaps: boolean;
  index: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
const ARABIC_LETTER = /[\u0600-\u06FF]/;

/** Words of the folded text, each carrying its span in the original text. */
export function tokenizeText(folded: NormalizedText): Token[] {
  const tokens: Token[] = [];
  const text = folded.text;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const surface = m[0];
    const norm = surface.toLowerCase();
    const arabic = ARABIC_LETTER.test(surface[0]!);
    tokens.push({
      start: folded.offsets[m.index]!,
      end: folded.offsets[m.index + surface.length - 1]! + 1,
      foldedStart: m.index,
      foldedEnd: m.index + surface.length,
      norm,
      cores: arabic ? cachedCores(norm) : [norm],
      bare: stripArticle(norm),
      arabic,
      capitalized: !arabic && surface[0] !== norm[0],
      allCaps: !arabic && surface.length > 1 && surface === surface.toUpperCase() && surface !== norm,
      index: tokens.length,
    });
  }
  return tokens;
}

// Words repeat across articles; their clitic analysis is kept (bounded, cleared when full).
const coreCache = new Map<string, string[]>();
function cachedCores(norm: string): string[] {
  let c = coreCache.get(norm);
  if (!c) {
    if (coreCache.size > 100_000) coreCache.clear();
    c = arabicCores(norm);
    coreCache.set(norm, c);
  }
  return c;
}

/** Strips the definite article "ال" when what remains is still a word. */
export function stripArticle(t: string): string {
  return t.length >= 4 && t.startsWith("ال") ? t.slice(2) : t;
}

/**
 * Candidate stems of a folded Arabic word: conjunctions و/ف, then prepositions ب/ل, then ال (ك "like" is left
 * alone: names such as كالمان would read as ك + الألمان).
 * "وبالمغرب" -> ["وبالمغرب", "بالمغرب", "المغرب", "مغرب"]; "للمغرب" -> [..., "مغرب"].
 */
export function arabicCores(t: string): string[] {
  const out = [t];
  const push = (s: string) => { if (s.length >= 2 && !out.includes(s)) out.push(s); };
  let rest = t;
  if ((rest[0] === "و" || rest[0] === "ف") && rest.length >= 3) { rest = rest.slice(1); push(rest); }
  if (rest.startsWith("لل") && rest.length >= 4) { push(rest.slice(2)); return out; }
  if ((rest[0] === "ب" || rest[0] === "ل") && rest.length >= 4) {
    const after = rest.slice(1);
    if (after.startsWith("ال")) { push(after); push(after.slice(2)); return out; }
    push(after);
  }
  if (rest.startsWith("ال") && rest.length >= 4) push(rest.slice(2));
  return out;
}
