import { knownOfficials, type KnownOfficial } from "./knownOfficialMatcher.ts";
import { normalizeForMatching } from "./normalizeForMatching.ts";
import { stripArticle, tokenizeText } from "./tokenizeText.ts";

// Particles after a given name that make a patronymic or family chain ("Tamim bin Hamad", "Nawaf Al-Ahmad").
export const PATRONYMIC = new Set(["bin", "ben", "ibn", "bint", "al", "el", "بن", "ابن", "بنت", "ال"]);

/** The comparison form of a name's words, as resolveOfficials compares mentions (article and case ending dropped). */
export function nameWords(name: string): string[] {
  return tokenizeText(normalizeForMatching(name)).map((t) => {
    const s = stripArticle(t.norm);
    return t.arabic && s.length > 3 ? s.replace(/ا$/, "") : s;
  });
}

let index: { official: KnownOfficial; words: string[] }[] | null = null;

function knownNames(): { official: KnownOfficial; words: string[] }[] {
  if (index) return index;
  index = [];
  for (const official of knownOfficials()) {
    for (const n of [...official.latin, ...official.arabic]) index.push({ official, words: nameWords(n) });
  }
  return index;
}

/**
 * The one curated official a short form names: a given name alone ("Sheikh Tamim") when the title gives the same
 * state, or a given name with a patronymic ("Tamim bin Hamad") that opens the curated full name. Several candidates
 * (two "Mohammed"s of one state) or none: null. Lets an article that only says "Sheikh Tamim" meet the person the
 * other articles name in full.
 */
export function knownOfficialForShortForm(words: string[], state: string | null): KnownOfficial | null {
  if (words.length === 0 || words.length > 4) return null;
  if (words.length === 1 ? !state : !PATRONYMIC.has(words[1]!)) return null;
  const found = new Map<string, KnownOfficial>();
  for (const { official, words: full } of knownNames()) {
    if (full.length <= words.length || !PATRONYMIC.has(full[1]!)) continue;
    if (state && official.state !== state) continue;
    if (words.every((w, i) => full[i] === w)) found.set(official.nameLatin, official);
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}
