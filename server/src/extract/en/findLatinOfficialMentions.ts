import { gapBetween, type AnalyzedText } from "../AnalyzedText.ts";
import { FRENCH_MINISTRIES, FRENCH_TITLE_ANCHORS } from "../fr/frenchTitles.ts";
import { knownOfficialMatcher } from "../knownOfficialMatcher.ts";
import type { OfficialMention } from "../OfficialMention.ts";
import {
  ENGLISH_HONORIFICS, ENGLISH_TITLE_ANCHORS, ENGLISH_TITLE_MODIFIERS, INSTITUTION_HEADS, INSTITUTION_NOUNS, NAME_PARTICLES,
  NATIONAL_TITLES, NOT_NAME_WORDS,
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
    // "Home Secretary Priti Patel": an office only one state has names its state.
    if (!state && a.lang === "en") state = NATIONAL_TITLES.get(a.text.slice(toks[first]!.start, toks[i]!.end).toLowerCase().replace(/\s+/g, " ")) ?? null;
    // "the foreign ministers of Uzbekistan and Tajikistan, Bakhtiyor Saidov and Sirojiddin Muhriddin",
    // "the two foreign secretaries, S. Jaishankar of India and Shahidul Haque of Bangladesh".
    const plural = /s$/.test(toks[i]!.norm) && toks[i]!.norm !== "boss";
    if (plural) {
      const listed = nameList(a, i, j, knownAt);
      if (listed.length >= 2) {
        for (const x of listed) out.push({ first: x.first, last: x.last, title, titleOriginal: a.text.slice(toks[first]!.start, toks[i]!.end), state: x.state ?? state, known: knownAt.get(x.first)?.payload ?? null, titleFirst: first, titleLast: i });
        i = Math.max(i, listed[listed.length - 1]!.last);
        continue;
      }
    }
    let n = j;
    const commaGap = n < toks.length && /^\s*,\s*$/.test(gapBetween(a, n - 1, n));
    if (commaGap && a.lang === "fr") { /* "président du Nigeria, Muhammadu Buhari" */ }
    else if (commaGap && appositionName(a, n)) { /* "his Venezuelan counterpart, Nicolás Maduro, at" */ }
    else if (n < toks.length && !/^\s+$/.test(gapBetween(a, n - 1, n))) n = toks.length;
    while (n < toks.length && ENGLISH_HONORIFICS.has(toks[n]!.norm) && toks[n]!.capitalized) n++;
    let name = knownAt.get(n) ?? parseLatinName(a, n);
    // "the General Assembly", "General Security of Military Information Agreement": the title word opens the name
    // of a body or an instrument, not a person's.
    if (name && !knownAt.has(n) && institutionName(a, name)) name = null;
    if (name) {
      // "President Lee Jae-myung of South Korea": a state after the name, when the title gives none.
      if (!state && toks[name.last + 1]?.norm === "of" && /^\s+$/.test(gapBetween(a, name.last, name.last + 1))) {
        const at = toks[name.last + 2]?.norm === "the" ? name.last + 3 : name.last + 2;
        const sm = a.stateAt[at];
        if (sm && sm.first === at) state = sm.iso2;
      }
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
    // "Jens Stoltenberg, NATO's secretary-general": a body's title; no state.
    let bodyTitle = false;
    if (b >= 1 && toks[b]!.norm === "s" && toks[b - 1]!.allCaps && !a.stateAt[b - 1]) { b -= 2; bodyTitle = true; }
    // "Marshall Billingslea, then the US special presidential envoy".
    if (b >= 0 && /^(then|now|currently|formerly|also)$/.test(toks[b]!.norm)) b--;
    if (b >= 0 && toks[b + 1] && /^(then|now|currently|formerly|also)$/.test(toks[b + 1]!.norm) && /^(the)$/.test(toks[b]!.norm)) b--;
    if (b >= 1 && /^\s*,\s*$/.test(gapBetween(a, b, b + 1))) {
      const before = knownEndingAt(knownAt, b) ?? parseLatinNameBackwards(a, b);
      if (before) {
        out.push({ first: before.first, last: before.last, title, titleOriginal: a.text.slice(toks[first]!.start, toks[j - 1]!.end), state, known: knownAt.get(before.first)?.payload ?? null, titleFirst: first, titleLast: j - 1, stateless: bodyTitle && !state });
        // "Barack Obama and Dmitry Medvedev, then the presidents of the two countries".
        if (plural && before.first >= 2 && toks[before.first - 1]!.norm === "and") {
          const other = knownEndingAt(knownAt, before.first - 2) ?? parseLatinNameBackwards(a, before.first - 2);
          if (other) out.push({ first: other.first, last: other.last, title, titleOriginal: null, state: null, known: knownAt.get(other.first)?.payload ?? null, titleFirst: first, titleLast: j - 1 });
        }
      }
    }
  }
  return out;
}

function titleText(a: AnalyzedText, first: number, anchorIndex: number, anchor: string): string {
  const words: string[] = [];
  for (let k = first; k < anchorIndex; k++) {
    // "the two foreign secretaries": a count is no part of the title, nor is "then" ("then-President").
    if (a.stateAt[k] || a.tokens[k]!.norm === "s" || /^(two|three|four|both|then)$/.test(a.tokens[k]!.norm)) continue;
    const w = a.text.slice(a.tokens[k]!.start, a.tokens[k]!.end);
    words.push(w[0]!.toUpperCase() + w.slice(1));
  }
  return [...words, anchor].join(" ").replace(/^Defence /, "Defense ");
}

function isNameToken(a: AnalyzedText, k: number): boolean {
  const t = a.tokens[k];
  if (!t || t.arabic || !t.capitalized || a.stateAt[k]) return false;
  if (NOT_NAME_WORDS.has(t.norm) || INSTITUTION_NOUNS.has(t.norm) || ENGLISH_TITLE_ANCHORS.has(t.norm) || FRENCH_TITLE_ANCHORS.has(t.norm)) return false;
  return !/^\d/.test(t.norm);
}

// Lower-case words after a hyphen that make an adjective of a name ("Putin-backed", "Biden-era"), not a given name.
const HYPHEN_SUFFIXES = new Set(["led", "backed", "era", "style", "based", "born", "made", "run", "owned", "like", "type", "wide",
  "level", "linked", "allied", "aligned", "brokered", "funded", "sponsored", "friendly", "free", "only", "and"]);

// Words that end a name even when capitalized (a sentence-initial "The", "And").
const FUNCTION_WORDS = new Set(["the", "a", "an", "in", "on", "at", "of", "and", "but", "for", "to", "from", "with", "by",
  "as", "after", "before", "this", "that", "he", "she", "they", "it", "its", "his", "her", "their", "who", "which", "when",
  "while", "le", "la", "les", "des", "du", "et"]);

/** A family name after a particle ("Al Thani", "Al Said", "bin Zayed"): a capitalized word, not a function word or state. */
function familyNameAt(a: AnalyzedText, k: number): boolean {
  const t = a.tokens[k];
  if (!t || t.arabic || !t.capitalized || a.stateAt[k] || /^\d/.test(t.norm)) return false;
  return isNameToken(a, k) || !FUNCTION_WORDS.has(t.norm) && !ENGLISH_TITLE_ANCHORS.has(t.norm);
}

/**
 * A name found after a title that is really the start of the capitalized name of a body or an instrument: its words
 * run on, capitalized, to a head noun ("Security Council", "Assembly"), or a one-word candidate goes on with "of/for/on"
 * and capitalized words to one ("Security of Military Information Agreement").
 */
function institutionName(a: AnalyzedText, name: { first: number; last: number }): boolean {
  const toks = a.tokens;
  const single = name.first === name.last;
  let linked = false;
  for (let k = name.first; k < toks.length && k - name.first < 10; k++) {
    const t = toks[k]!;
    if (k > name.first && !/^(\s+|-)$/.test(gapBetween(a, k - 1, k))) return false;
    if (t.capitalized && !a.stateAt[k]) { if (INSTITUTION_HEADS.has(t.norm)) return true; continue; }
    if (a.stateAt[k] && linked) { k = a.stateAt[k]!.last; continue; }
    // Only a one-word candidate runs on through "of": "Secretary Blinken of the State Department" stays a person.
    if (single && k > name.first && /^(of|for|on|and)$/.test(t.norm) && toks[k + 1]?.capitalized) { linked = true; continue; }
    return false;
  }
  return false;
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
    // "Lee Jae-myung", "Kim Jong-un": a hyphenated given name goes on in lower case after a short syllable.
    if (gap === "-" && !t.capitalized && /^[a-z]{1,6}$/.test(t.norm) && a.tokens[k - 1]!.capitalized && a.tokens[k - 1]!.norm.length <= 4
      && !HYPHEN_SUFFIXES.has(t.norm)) { last = k; continue; }
    // A particle ("bin", "Al", "El") takes the family name after it ("Fahd bin Mahmoud Al Said", "Al Thani"), or the
    // name ends before it: no name is cut after "Al".
    if (NAME_PARTICLES.has(t.norm) && (!t.capitalized || t.norm === "al" || t.norm === "el" || t.norm === "bin")) {
      if (k + 1 >= a.tokens.length || !/^(\s+|-|\s*-\s*)$/.test(gapBetween(a, k, k + 1)) || !familyNameAt(a, k + 1)) break;
      last = k + 1; k++;
      continue;
    }
    if (!isNameToken(a, k)) break;
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

/** A known official's full name ending at token k. */
function knownEndingAt(knownAt: Map<number, { first: number; last: number }>, k: number): { first: number; last: number } | null {
  for (const m of knownAt.values()) if (m.last === k) return m;
  return null;
}

/** After ", ": a name closed by punctuation or the sentence end (an apposition), not the start of a clause. */
function appositionName(a: AnalyzedText, n: number): boolean {
  const name = parseLatinName(a, n);
  if (!name) return false;
  const next = a.tokens[name.last + 1];
  if (!next || a.tokenSentence[next.index] !== a.tokenSentence[n]) return true;
  return /^\s*[,.;:)—–]/.test(gapBetween(a, name.last, name.last + 1));
}

/**
 * Names listed after a plural title: "ministers of X and Y, Name and Name", "secretaries, Name of X and Name of Y",
 * "ministers — Name of X, Name of Y and Name of Z". States named after the title go to the names in order.
 */
function nameList(a: AnalyzedText, anchor: number, j: number, knownAt: Map<number, { first: number; last: number }>): { first: number; last: number; state: string | null }[] {
  const toks = a.tokens;
  const titleStates: string[] = [];
  let k = anchor + 1;
  if (toks[k]?.norm === "of") {
    k++;
    while (k < toks.length) {
      if (toks[k]!.norm === "the") { k++; continue; }
      const sm = a.stateAt[k];
      if (!sm || sm.first !== k) break;
      titleStates.push(sm.iso2);
      k = sm.last + 1;
      if (toks[k] && (toks[k]!.norm === "and" || /^\s*,\s*$/.test(gapBetween(a, k - 1, k)) && a.stateAt[k])) { if (toks[k]!.norm === "and") k++; continue; }
      break;
    }
  } else k = j;
  if (k >= toks.length || !/^\s*(?:,|:|—|–|-)?\s*$/.test(gapBetween(a, k - 1, k))) return [];
  const out: { first: number; last: number; state: string | null }[] = [];
  while (k < toks.length && out.length < 8) {
    const name = knownAt.get(k) ?? parseLatinName(a, k);
    if (!name) break;
    let state: string | null = null, e = name.last;
    if (toks[e + 1]?.norm === "of" && a.stateAt[e + 2]?.first === e + 2) { state = a.stateAt[e + 2]!.iso2; e = a.stateAt[e + 2]!.last; }
    out.push({ first: name.first, last: name.last, state });
    const gap = toks[e + 1] ? gapBetween(a, e, e + 1) : "";
    if (toks[e + 1]?.norm === "and" && /^\s+$/.test(gap)) k = e + 2;
    else if (/^\s*,\s*$/.test(gap)) k = toks[e + 1]?.norm === "and" ? e + 2 : e + 1;
    else break;
  }
  if (titleStates.length === out.length) out.forEach((x, i) => { x.state ??= titleStates[i]!; });
  return out;
}
