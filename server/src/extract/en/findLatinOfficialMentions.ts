import { gapBetween, type AnalyzedText } from "../AnalyzedText.ts";
import { FRENCH_MINISTRIES, FRENCH_TITLE_ANCHORS } from "../fr/frenchTitles.ts";
import { knownOfficialMatcher } from "../knownOfficialMatcher.ts";
import type { OfficialMention } from "../OfficialMention.ts";
import {
  ENGLISH_HONORIFICS, ENGLISH_TITLE_ANCHORS, ENGLISH_TITLE_MODIFIERS, NAME_PARTICLES, NOT_NAME_WORDS,
} from "./englishTitles.ts";

const FRENCH_LINKS = new Set(["de", "du", "des", "d", "l", "la"]);

/** Officials in English or French text: [state adj.] title Name, Name, the title of State, and known names. */
export function findLatinOfficialMentions(a: AnalyzedText): OfficialMention[] {
  const toks = a.tokens;
  const anchors = a.lang === "fr" ? FRENCH_TITLE_ANCHORS : ENGLISH_TITLE_ANCHORS;
  const out: OfficialMention[] = [];
  const known = knownOfficialMatcher().matchAll(toks);
  const knownAt = new Map(known.map((k) => [k.first, k]));
  for (const k of known) out.push({ first: k.first, last: k.last, title: null, titleOriginal: null, state: null, known: k.payload, titleFirst: null, titleLast: null });

  for (let i = 0; i < toks.length; i++) {
    const anchor = anchors.get(toks[i]!.norm);
    if (!anchor || a.stateAt[i]) continue;
    const sentence = a.tokenSentence[i];
    // Extend the title to the left over modifiers and a state adjective or possessive ("Australia's Pacific Minister").
    let first = i;
    let state: string | null = null;
    for (let k = i - 1; k >= 0 && a.tokenSentence[k] === sentence && i - k <= 5; k--) {
      const t = toks[k]!;
      const gap = gapBetween(a, k, k + 1);
      if (!/^[\s'-]*$/.test(gap)) break;
      const sm = a.stateAt[k];
      if (sm) { state ??= sm.iso2; first = sm.first; k = sm.first; continue; }
      if (t.norm === "s" && a.stateAt[k - 1]) { continue; }
      if (ENGLISH_TITLE_MODIFIERS.has(t.norm) && t.norm !== "of" && t.norm !== "the") { first = k; continue; }
      if (t.allCaps && t.norm.length <= 5 && !NOT_NAME_WORDS.has(t.norm)) { first = k; continue; }
      break;
    }
    let title = titleText(a, first, i, anchor);
    let j = i + 1;
    // To the right: "Minister of Foreign Affairs", "Prime Minister of Israel", "ministre des Affaires étrangères", "président du Nigeria".
    if (a.lang === "fr" && anchor === "Minister") {
      const rest = a.folded.text.slice(toks[i]!.foldedEnd + 1, toks[i]!.foldedEnd + 40);
      const adj = a.stateAt[j];
      if (adj && adj.first === j) { state ??= adj.iso2; j = adj.last + 1; }
      const after = a.folded.text.slice(toks[j - 1]!.foldedEnd + 1, toks[j - 1]!.foldedEnd + 40);
      for (const [re, t] of FRENCH_MINISTRIES) {
        const m = re.exec(after) ?? re.exec(rest);
        if (m) { title = t; while (j < toks.length && toks[j]!.foldedEnd <= toks[j - 1]!.foldedEnd + 1 + m[0].length) j++; break; }
      }
    }
    for (let guard = 0; guard < 3 && j < toks.length; guard++) {
      const t = toks[j]!;
      if (a.lang === "fr" && a.stateAt[j] && a.stateAt[j]!.first === j) { state ??= a.stateAt[j]!.iso2; j = a.stateAt[j]!.last + 1; continue; }
      if ((t.norm === "of" || FRENCH_LINKS.has(t.norm)) && toks[j + 1]) {
        const sm = a.stateAt[j + 1] ?? (FRENCH_LINKS.has(toks[j + 1]!.norm) ? a.stateAt[j + 2] : undefined);
        if (sm) { state ??= sm.iso2; j = sm.last + 1; continue; }
      }
      break;
    }
    let n = j;
    if (n < toks.length && /^\s*,\s*$/.test(gapBetween(a, n - 1, n)) && a.lang === "fr") { /* "président du Nigeria, Muhammadu Buhari" */ }
    else if (n < toks.length && !/^\s+$/.test(gapBetween(a, n - 1, n))) n = toks.length;
    while (n < toks.length && ENGLISH_HONORIFICS.has(toks[n]!.norm) && toks[n]!.capitalized) n++;
    const name = knownAt.get(n) ?? parseLatinName(a, n);
    if (name) {
      out.push({ first: name.first, last: name.last, title, titleOriginal: a.text.slice(toks[first]!.start, toks[j - 1]!.end), state, known: knownAt.get(n)?.payload ?? null, titleFirst: first, titleLast: j - 1 });
      // "Foreign Ministers Wang Yi and Jeremiah Manele": a plural title with two names.
      const and = toks[name.last + 1];
      if (and && (and.norm === "and" || and.norm === "et") && /s$/.test(toks[i]!.norm)) {
        const second = knownAt.get(name.last + 2) ?? parseLatinName(a, name.last + 2);
        if (second) out.push({ first: second.first, last: second.last, title, titleOriginal: null, state: null, known: knownAt.get(name.last + 2)?.payload ?? null, titleFirst: first, titleLast: j - 1 });
      }
      i = Math.max(i, name.last);
      continue;
    }
    // "Yair Lapid, the Prime Minister of Israel": a name set off by a comma before the title.
    let b = first - 1;
    if (b >= 0 && (toks[b]!.norm === "the" || toks[b]!.norm === "le" || toks[b]!.norm === "la")) b--;
    else if (b >= 0 && toks[b]!.norm === "s" && a.stateAt[b - 1]) { state ??= a.stateAt[b - 1]!.iso2; b = a.stateAt[b - 1]!.first - 1; }
    if (b >= 1 && /^\s*,\s*$/.test(gapBetween(a, b, b + 1))) {
      const before = parseLatinNameBackwards(a, b);
      if (before) out.push({ first: before.first, last: before.last, title, titleOriginal: a.text.slice(toks[first]!.start, toks[j - 1]!.end), state, known: null, titleFirst: first, titleLast: j - 1 });
    }
  }
  return out;
}

function titleText(a: AnalyzedText, first: number, anchorIndex: number, anchor: string): string {
  const words: string[] = [];
  for (let k = first; k < anchorIndex; k++) {
    if (a.stateAt[k] || a.tokens[k]!.norm === "s") continue;
    const w = a.text.slice(a.tokens[k]!.start, a.tokens[k]!.end);
    words.push(w[0]!.toUpperCase() + w.slice(1));
  }
  return [...words, anchor].join(" ").replace(/^Defence /, "Defense ");
}

function isNameToken(a: AnalyzedText, k: number): boolean {
  const t = a.tokens[k];
  if (!t || t.arabic || !t.capitalized || a.stateAt[k]) return false;
  if (NOT_NAME_WORDS.has(t.norm) || ENGLISH_TITLE_ANCHORS.has(t.norm) || FRENCH_TITLE_ANCHORS.has(t.norm)) return false;
  return !/^\d/.test(t.norm);
}

/** A Latin-script name at token j: capitalized words, initials ("R."), particles, "Jr."; up to five words. */
export function parseLatinName(a: AnalyzedText, j: number): { first: number; last: number } | null {
  if (!isNameToken(a, j)) return null;
  let last = j;
  for (let k = j + 1; k < a.tokens.length && k - j < 6; k++) {
    const gap = gapBetween(a, k - 1, k);
    const t = a.tokens[k]!;
    if (/^(jr|sr|ii|iii)$/.test(t.norm) && /^[\s,]+$/.test(gap)) { last = k; break; }
    if (!/^(\s+|-|\.\s+|\s*-\s*)$/.test(gap)) break;
    if (gap.startsWith(".") && a.tokens[k - 1]!.norm.length > 1) break;
    if (NAME_PARTICLES.has(t.norm) && !t.capitalized && isNameToken(a, k + 1)) { last = k + 1; k++; continue; }
    if (!isNameToken(a, k) && !(t.norm === "al" || t.norm === "el")) break;
    last = k;
  }
  return { first: j, last };
}

function parseLatinNameBackwards(a: AnalyzedText, end: number): { first: number; last: number } | null {
  if (!isNameToken(a, end)) return null;
  let first = end;
  for (let k = end - 1; k >= 0 && end - k < 4; k--) {
    if (!/^\s+$/.test(gapBetween(a, k, k + 1)) || !isNameToken(a, k)) break;
    first = k;
  }
  return first < end ? { first, last: end } : null;
}
