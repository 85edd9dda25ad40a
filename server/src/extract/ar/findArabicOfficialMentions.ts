import { gapBetween, type AnalyzedText } from "../AnalyzedText.ts";
import { cityMatcher } from "../clauseContext.ts";
import { knownOfficialMatcher } from "../knownOfficialMatcher.ts";
import { foldedSet } from "../normalizeForMatching.ts";
import type { OfficialMention } from "../OfficialMention.ts";
import { PhraseMatcher } from "../PhraseMatcher.ts";
import type { Token } from "../tokenizeText.ts";
import { englishTitle } from "./titlePhrase.ts";
import {
  ARABIC_HONORIFICS, ARABIC_INNER_CONNECTORS, ARABIC_MINISTER_WORDS, ARABIC_MINISTRIES, ARABIC_NAME_CONNECTORS,
  ARABIC_NAME_STOPWORDS, ARABIC_NOT_NAME_NOUNS, ARABIC_REGNAL, ARABIC_TITLE_FILLERS, ARABIC_TITLES,
} from "./arabicTitles.ts";

const titleMatcher = new PhraseMatcher<string>();
for (const [p, en] of ARABIC_TITLES) titleMatcher.add(p, en);
const honorificMatcher = new PhraseMatcher<string | null>();
for (const [p, en] of ARABIC_HONORIFICS) honorificMatcher.add(p, en);
const ministryMatcher = new PhraseMatcher<string>();
for (const [p, en] of ARABIC_MINISTRIES) ministryMatcher.add(p, en);
// Nouns of units and bodies that a long title runs through before the name ("رئيس هيئة ... بجيش الاحتلال، تال كالمان").
const TITLE_NOUNS = foldedSet(["هيئه", "لواء", "جيش", "قوات", "وزاره", "جهاز", "دائره", "مجلس", "شعبه", "قسم", "مديريه", "حكومه",
  "شوون", "قضايا", "اركان", "الجيش", "القوات", "سلاح", "البحريه", "الجويه", "المخابرات", "الاستخبارات", "الامن", "ادارة", "اداره",
  "عضو", "مكتب", "لجنه", "ديوان", "بعثه", "وفد", "هيئات", "دوله", "جمهوريه", "مملكه", "امانه", "مؤسسه", "شركه", "بنك", "سلطه",
  // "رئيس حكومة تصريف الأعمال": a caretaker government.
  "تصريف"]);
// Nouns of a region whose next word is its name ("إقليم كردستان", "منطقة مكة المكرمة", "إمارة دبي").
const REGION_NOUNS = foldedSet(["اقليم", "منطقه", "ولايه", "محافظه", "اماره", "مدينه"]);

const core = (t: Token) => t.cores[t.cores.length - 1]!;
// "علي" written with a dotted ya is the name Ali; the preposition is "على" (both fold to علي).
// Common nouns ("بقرار", "عضو", "مراسم") stop a name as the particles do.
const isStop = (a: AnalyzedText, t: Token) => t.cores.slice(0, 2).some((c) => ARABIC_NAME_STOPWORDS.has(c) || ARABIC_NOT_NAME_NOUNS.has(c))
  && !(t.norm === "علي" && a.text[t.end - 1] === "ي");

interface TitleMatch { first: number; last: number; title: string }

/** Officials in Arabic text: title (+ nisba) (+ honorific) + name, name + "،" + title, and known names. */
export function findArabicOfficialMentions(a: AnalyzedText): OfficialMention[] {
  const out: OfficialMention[] = [];
  const toks = a.tokens;
  const known = knownOfficialMatcher().matchAll(toks);
  const knownAt = new Map(known.map((k) => [k.first, k]));
  for (const k of known) out.push({ first: k.first, last: k.last, title: null, titleOriginal: null, state: null, known: k.payload, titleFirst: null, titleLast: null });

  for (let i = 0; i < toks.length; i++) {
    const tm = matchTitle(a, i);
    if (!tm) continue;
    let state: string | null = null;
    let title = tm.title;
    let j = tm.last + 1;
    let skipped = 0;
    // Run through nisba adjectives, chained titles, units and fillers up to the name.
    while (j < toks.length && skipped < 9 && a.tokenSentence[j] === a.tokenSentence[i]) {
      const sm = a.stateAt[j];
      if (sm) { state ??= sm.iso2; j = sm.last + 1; skipped++; continue; }
      const chained = matchTitle(a, j);
      // "العاهل الأردني ورئيس الوزراء العراقي ...": a title joined by و belongs to another person.
      if (chained && /^[وف]/.test(toks[j]!.norm) && !ARABIC_MINISTER_WORDS.has(toks[j]!.norm)) break;
      if (chained) { j = chained.last + 1; skipped++; continue; }
      const t = toks[j]!;
      if (ARABIC_TITLE_FILLERS.has(t.norm) || TITLE_NOUNS.has(core(t)) || TITLE_NOUNS.has(t.cores[1] ?? "")) { j++; skipped++; continue; }
      if (REGION_NOUNS.has(core(t)) && toks[j + 1] && !honorificAt(a, j + 1)) { j += 2; skipped++; continue; }
      const city = cityMatcher().matchAt(toks, j);
      if (city) { j = city.last + 1; skipped++; continue; }
      if (honorificAt(a, j)) break;
      if (/^[وفب]?ال/.test(t.norm) && t.norm.length > 4 && !knownAt.has(j)) { j++; skipped++; continue; }
      // "لقضايا المناخ", "للمناخ": a complement with ل.
      if (t.norm.startsWith("ل") && t.norm.length > 3 && !knownAt.has(j)) { j++; skipped++; continue; }
      // "سفير إسرائيل في أبو ظبي": a place after the title.
      if (t.norm === "في" || t.norm === "لدي") {
        const place = a.stateAt[j + 1];
        if (place) { j = place.last + 1; skipped++; continue; }
        if (toks[j + 1] && toks[j + 2] && !isStop(a, toks[j + 1]!)) { j += 3; skipped++; continue; }
      }
      break;
    }
    if (j >= toks.length) continue;
    const phraseEnd = j;
    const hon = honorificAt(a, j);
    if (hon) { if (title === "Counterpart" && hon.payload) title = hon.payload; j = hon.last + 1; }
    // After an honorific a given name may be a title word without its article ("الشيخ سلطان بن محمد").
    let name = a.tokenSentence[j] === a.tokenSentence[i] ? knownAt.get(j) ?? parseName(a, j, false, !!hon) : null;
    // "أمير دولة قطر الشيخ تميم": royals go by the given name alone after "الشيخ", "الأمير", "السلطان".
    if (!name && hon && a.tokenSentence[j] === a.tokenSentence[i] && ROYAL_HONORIFICS.has(toks[hon.last]!.norm) && loneGivenName(a, j)) name = { first: j, last: j };
    const titleOriginal = a.text.slice(toks[tm.first]!.start, toks[tm.last]!.end);
    if (name) {
      title = englishTitle(a, title, tm.last, phraseEnd);
      out.push({ first: name.first, last: name.last, title, titleOriginal, state, known: knownAt.get(j)?.payload ?? null, titleFirst: tm.first, titleLast: j - 1 });
      // "الرئيسان التركي رجب طيب أردوغان، والأذربيجاني إلهام عليف": a second nisba and name share the title.
      let k = name.last + 1;
      while (k < toks.length && a.stateAt[k] && /^[،,\s]*$/.test(gapBetween(a, k - 1, k)) && toks[k]!.norm.startsWith("و")) {
        const sm = a.stateAt[k]!;
        const second = knownAt.get(sm.last + 1) ?? parseName(a, sm.last + 1) ?? parseName(a, sm.last + 1, true);
        if (!second) break;
        out.push({ first: second.first, last: second.last, title, titleOriginal, state: sm.iso2, known: knownAt.get(sm.last + 1)?.payload ?? null, titleFirst: sm.first, titleLast: sm.last });
        k = second.last + 1;
      }
      i = Math.max(i, name.last);
      continue;
    }
    // "بيدرو سانشيز، رئيس الحكومة الإسبانية": the name stands before the title, set off by a comma.
    if (tm.first > 1 && /^\s*[،,]\s*$/.test(gapBetween(a, tm.first - 1, tm.first))) {
      const before = parseNameBackwards(a, tm.first - 1);
      if (before) out.push({ first: before.first, last: before.last, title: englishTitle(a, title, tm.last, Math.min(toks.length, tm.last + 9)), titleOriginal, state, known: null, titleFirst: tm.first, titleLast: tm.last });
    }
  }
  return out;
}

function matchTitle(a: AnalyzedText, i: number): TitleMatch | null {
  const t = a.tokens[i]!;
  if (!t.arabic) return null;
  if (t.cores.some((c) => ARABIC_MINISTER_WORDS.has(c))) {
    const mm = ministryMatcher.matchAt(a.tokens, i + 1);
    if (mm) {
      let last = mm.last;
      // "وزير المياه والري": a second ministry joined by و.
      const more = a.tokens[last + 1] ? ministryMatcher.matchAt(a.tokens, last + 1) : null;
      if (more && a.tokens[last + 1]!.norm.startsWith("و")) last = more.last;
      return { first: i, last, title: `${mm.payload} Minister` };
    }
    return { first: i, last: i, title: "Minister" };
  }
  const m = titleMatcher.matchAt(a.tokens, i);
  if (!m) return null;
  return { first: i, last: m.last, title: m.payload };
}

/** An honorific written as such: "الأمير" counts, the given name "أمير" does not. */
function honorificAt(a: AnalyzedText, j: number) {
  const m = honorificMatcher.matchAt(a.tokens, j);
  if (!m) return null;
  const bare = a.tokens[j]!.norm.replace(/^[وف](?=..)/, "").replace(/^[بل](?=ال)/, "");
  const phrase = ARABIC_HONORIFICS.find(([p]) => p.split(" ").length === m.last - m.first + 1 && p.endsWith(a.tokens[m.last]!.norm.replace(/^ال/, "")));
  if (phrase && phrase[0].startsWith("ال") && !bare.startsWith("ال")) return null;
  return m;
}

function nameStartOk(a: AnalyzedText, t: Token, titleWordOk = false): boolean {
  if (!t.arabic || isStop(a, t) || a.stateAt[t.index]) return false;
  if (t.norm.startsWith("ال") && t.norm !== "ال") return false;
  // "بن محمد ...", "آل ثاني": a connector needs the given name before it.
  if (ARABIC_INNER_CONNECTORS.has(t.norm)) return false;
  if (t.norm.length < 2 || /^\d/.test(t.norm)) return false;
  return titleWordOk && !honorificAt(a, t.index) || !matchTitle(a, t.index);
}

function familyNameClosesChain(a: AnalyzedText, k: number): boolean {
  const t = a.tokens[k]!;
  if (ARABIC_TITLE_FILLERS.has(t.norm) || ARABIC_REGNAL.has(t.norm) || matchTitle(a, k) || honorificAt(a, k)) return false;
  const next = a.tokens[k + 1];
  if (!next || a.tokenSentence[k + 1] !== a.tokenSentence[k]) return true;
  return !/^\s+$/.test(gapBetween(a, k, k + 1)) || isStop(a, next);
}

const ROYAL_HONORIFICS = foldedSet(["الشيخ", "الشيخه", "الامير", "الاميره", "السلطان"]);

/** One name word closed by punctuation, a particle, a verb or the sentence end ("الشيخ تميم إلى", "الأمير فيصل،"). */
function loneGivenName(a: AnalyzedText, j: number): boolean {
  const t = a.tokens[j]!, next = a.tokens[j + 1];
  if (!nameStartOk(a, t, true) || ARABIC_NAME_CONNECTORS.has(t.norm)) return false;
  if (!next || a.tokenSentence[j + 1] !== a.tokenSentence[j] || !/^\s+$/.test(gapBetween(a, j, j + 1))) return true;
  return isStop(a, next);
}

/** A word that may follow a name connector (بن, آل, أبو): a plain word, not a particle, noun, state, title or honorific. */
function connectedWordOk(a: AnalyzedText, k: number): boolean {
  const t = a.tokens[k];
  if (!t || !t.arabic || isStop(a, t) || a.stateAt[k] || honorificAt(a, k)) return false;
  return !/^\d/.test(t.norm);
}

/** An Arabic personal name starting at token j: up to three plain words, ابن/آل/عبد chains, a regnal number. */
export function parseName(a: AnalyzedText, j: number, relaxed = false, afterHonorific = false): { first: number; last: number } | null {
  const toks = a.tokens;
  const start = toks[j];
  // relaxed: in a list of "state + name" pairs a given name may look like a particle ("وطاجيكستان إمام علي رحمن").
  if (!start || !(nameStartOk(a, start, afterHonorific) || relaxed && start.arabic && !a.stateAt[j] && !start.norm.startsWith("ال") && !matchTitle(a, j))) return null;
  let last = j;
  let plain = ARABIC_NAME_CONNECTORS.has(start.norm) ? 0 : 1;
  let chain = false;
  let k = j + 1;
  if (start.norm === "عبد" || start.norm === "ابو") { if (!toks[k] || !/^\s+$/.test(gapBetween(a, j, k))) return null; last = k; k++; }
  while (k < toks.length && /^\s+$/.test(gapBetween(a, k - 1, k))) {
    const t = toks[k]!;
    if (!t.arabic || isStop(a, t) || a.stateAt[k]) break;
    if (ARABIC_REGNAL.has(t.norm)) { last = k; break; }
    // A connector with no name word after it ("... بن" before a particle or the sentence end) is left out.
    if (ARABIC_NAME_CONNECTORS.has(t.norm)) {
      if (!toks[k + 1] || !/^\s+$/.test(gapBetween(a, k, k + 1)) || !connectedWordOk(a, k + 1)) break;
      if (t.norm !== "عبد") chain = true;
      last = k + 1; k += 2;
      continue;
    }
    // "مساعد بن محمد العيبان،": a family name with ال closes a patronymic chain when a clear boundary follows it
    // (punctuation, a particle, the sentence end), not an object noun ("... بن سلمان العلاقات الثنائية").
    if (chain && t.norm.startsWith("ال") && t.norm.length > 4 && familyNameClosesChain(a, k)) { last = k; break; }
    if (chain || plain >= 3 || matchTitle(a, k)) break;
    last = k; plain++; k++;
    if (t.norm.startsWith("ال")) break;
  }
  if (last === j && !ARABIC_REGNAL.has(toks[last]!.norm)) return null;
  return { first: j, last };
}

function parseNameBackwards(a: AnalyzedText, end: number): { first: number; last: number } | null {
  let first = end;
  for (let k = end; k >= Math.max(0, end - 2); k--) {
    const t = a.tokens[k]!;
    if (!t.arabic || isStop(a, t) || a.stateAt[k] || matchTitle(a, k) || (k < end && honorificAt(a, k))) break;
    if (k < end && !/^\s+$/.test(gapBetween(a, k, k + 1))) break;
    first = k;
  }
  if (end - first < 1) return null;
  return nameStartOk(a, a.tokens[first]!) ? { first, last: end } : null;
}
