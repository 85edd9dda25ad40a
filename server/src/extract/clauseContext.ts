import type { AnalyzedText } from "./AnalyzedText.ts";
import type { DateMention } from "./DateMention.ts";
import { ARABIC_CAPITAL_PLACES, CITIES } from "../data/cities.ts";
import { ORGANIZATIONS } from "../data/organizations.ts";
import type { StateMention } from "./findStateMentions.ts";
import { PhraseMatcher } from "./PhraseMatcher.ts";
import { stateMatcher } from "./stateLexicon.ts";
import { arabicCores, stripArticle } from "./tokenizeText.ts";
import { officialMentionSpans } from "./resolveOfficials.ts";
import type { Token } from "./tokenizeText.ts";
import type { ExtractedOfficial } from "./types.ts";

// Words that open a new clause whose states are no longer the event's own.
const CLAUSE_BREAK = /^(which|who|where|after|before|following|amid|despite|while|whereas|adding|saying|noting|stressing|against|face|regarding|concerning|about|بعد|رغم|بينما|فيما|حيث|بشان|حول|ضد|لمواجهه|مواجهه|alors|apres|malgre|tandis|contre)$/;
// Brokers, critics and bystanders: "برعاية أميركية", "brokered by", "pressure from".
// Also the verbs of a relative clause: "الاتفاق الذي رعته الصين", "الذي توسطت فيه قطر" (sponsored, mediated).
const NOT_PARTY_BEFORE = /^(برعايه|بوساطه|بحضور|brokered|mediated|sponsored|pressure|presence|witnessed|sous|رعته|رعاه|رعتها|رعاها|ترعاه|يرعاه|ترعاها|يرعاها|رعت|رعي|توسطت|توسط)$/;
// Nouns whose place is a topic: "الأوضاع في ليبيا", "the situation in Sudan", "spreading to Lebanon".
const TOPIC_BEFORE = /^(الاوضاع|اوضاع|الوضع|التطورات|تطورات|الازمه|ازمه|الحرب|النزاع|الصراع|situation|crisis|war|conflict|fighting|developments|violence|unrest|spreading|spread|spilling|guerre|crise)$/;

/**
 * "الوسيط الأمريكي", "the US mediator": the mediator's state, which is no party to what it brokered (it still
 * takes part in the talks).
 */
export function mediatorMention(a: AnalyzedText, s: StateMention): boolean {
  const prev = a.tokens[s.first - 1];
  return !!prev && /^(الوسيط|وسيط)$/.test(prev.cores.at(-1)!) || /^(mediator|mediators|broker|brokers|mediateur|mediatrice)$/.test(a.tokens[s.last + 1]?.norm ?? "");
}

/** Token range of the clause around a trigger: the sentence, cut at the next clause opener after it. */
export function clauseRange(a: AnalyzedText, trigger: number): [number, number] {
  const s = a.tokenSentence[trigger]!;
  // A clause is short; the window also keeps run-on text (no sentence ends) linear.
  const [sentenceFirst, sentenceLast] = a.sentenceTokens[s]!;
  const firstInSentence = Math.max(sentenceFirst, trigger - 60), lastInSentence = Math.min(sentenceLast, trigger + 60);
  let last = lastInSentence, first = firstInSentence;
  // "..., then travelled to Athens", "ثم زار": a next step of the story opens a clause ("then-President", "then the
  // presidents of the two countries" do not).
  const isBreak = (t: Token) => CLAUSE_BREAK.test(t.cores[t.cores.length - 1]!) || CLAUSE_BREAK.test(t.norm)
    || t.norm === "ثم" || t.norm === "then" && a.text[t.end] !== "-" && !a.tokens[t.index + 1]?.capitalized && !/^(the|a|an|his|her|its|their|still|already|also)$/.test(a.tokens[t.index + 1]?.norm ?? "");
  for (let k = trigger - 1; k > firstInSentence; k--) {
    const t = a.tokens[k]!;
    if (!isBreak(t)) continue;
    // Inside a relative clause that is still open (no comma since "which"), the clause reaches back to what it
    // is about: "Denmark, which signed a memorandum" (the state), "a visit during which the two countries signed"
    // (the event, with its date and its parties).
    if (RELATIVE.test(t.norm) && !/[,،]/.test(a.text.slice(t.end, a.tokens[trigger]!.start))) {
      const before = a.stateAt[k - 1];
      if (before && before.last === k - 1 && /^\s*,\s*$/.test(a.text.slice(before.end, t.start))) { first = before.first; break; }
      if (/^(during|in|at|on)$/.test(a.tokens[k - 1]?.norm ?? "") && eventNounBefore(a, k - 1, firstInSentence)) continue;
    }
    first = k + 1; break;
  }
  for (let k = trigger + 1; k <= lastInSentence; k++) {
    const t = a.tokens[k]!;
    // "a state visit to Bishkek, where on March 13 he and Japarov signed", "phone calls in which the emir spoke with":
    // a relative clause on the event word itself tells what happened at that event.
    if (isBreak(t) && !(RELATIVE.test(t.norm) && k - trigger <= 7 && relativeOnEvent(a, trigger, k))) { last = k - 1; break; }
    if (/[;؛]/.test(a.text.slice(a.tokens[k - 1]!.end, t.start))) { last = k - 1; break; }
  }
  return [first, last];
}

const RELATIVE = /^(which|where)$/;
const EVENT_NOUN = /^(visit|visits|trip|tour|summit|meeting|talks|call|calls|conversation|ceremony|conference|session)$/;

/** An event noun among the few words before token i (its head may carry modifiers: "a state visit to Bishkek"). */
function eventNounBefore(a: AnalyzedText, i: number, lowest: number): boolean {
  for (let k = i; k >= Math.max(lowest, i - 5); k--) if (EVENT_NOUN.test(a.tokens[k]!.norm)) return true;
  return false;
}

/** "where" right after an event's place ("a visit to Bishkek, where"), "in which" right after the event word. */
function relativeOnEvent(a: AnalyzedText, trigger: number, k: number): boolean {
  if (!EVENT_NOUN.test(a.tokens[trigger]!.norm) && !EVENT_NOUN.test(a.tokens[trigger + 1]?.norm ?? "")) return false;
  const t = a.tokens[k]!;
  if (t.norm === "where") return true;
  return /^(during|in|at)$/.test(a.tokens[k - 1]?.norm ?? "") && k - 1 > trigger;
}

/** "تطورات الأوضاع في ليبيا", "the war in Ukraine", "from spreading to Lebanon": a state named as a topic, neither party nor place. */
export function topicMention(a: AnalyzedText, m: { first: number }): boolean {
  const prev = a.tokens[m.first - 1], prev2 = a.tokens[m.first - 2];
  return !!prev && !!prev2 && /^(في|in|to|en|au)$/.test(prev.norm) && TOPIC_BEFORE.test(prev2.cores[prev2.cores.length - 1]!);
}

/** States named in a token range, in order, leaving out brokers and bystanders. */
export function statesInRange(a: AnalyzedText, first: number, last: number, keep?: (m: StateMention) => boolean): string[] {
  const out: string[] = [];
  for (let k = first; k <= last; k++) {
    const m = a.stateAt[k];
    if (!m || m.first !== k || m.last > last || keep && !keep(m)) continue;
    const prev = a.tokens[m.first - 1], prev2 = a.tokens[m.first - 2];
    if (prev && (NOT_PARTY_BEFORE.test(prev.norm) || NOT_PARTY_BEFORE.test(prev.cores[prev.cores.length - 1]!))) continue;
    if (prev2 && prev && /^(from|by|فيه|فيها)$/.test(prev.norm) && NOT_PARTY_BEFORE.test(prev2.norm)) continue;
    if (topicMention(a, m)) continue;
    if (!out.includes(m.iso2)) out.push(m.iso2);
  }
  return out;
}

/**
 * "في الرياض", "بالرياض", "ببغداد", "in Riyadh": a capital named as the place where something happens, not as
 * an actor. A prefixed ب counts when the name read without it is the capital ("بيروت" is not ب + يروت).
 */
export function venueMention(a: AnalyzedText, s: StateMention): boolean {
  // "العاصمة الصينية", "the Chinese capital": a demonym naming a place.
  if (s.kind === "demonym") return /^(العاصمه|عاصمه)$/.test(a.tokens[s.first - 1]?.cores.at(-1) ?? "") || /^(capital|capitale)$/.test(a.tokens[s.last + 1]?.norm ?? "");
  if (s.kind !== "capital") return false;
  const t = a.tokens[s.first]!, prev = a.tokens[s.first - 1];
  if (!t.arabic) return !!prev && /^(in|at|a|au|dans)$/.test(prev.norm);
  if (prev && /^[وف]?في$/.test(prev.norm)) return true;
  const clitic = /^[وف]?ب/.exec(t.norm);
  if (!clitic) return false;
  const rest = t.norm.slice(clitic[0].length);
  const hit = stateMatcher().matchAt([{ ...t, norm: rest, cores: arabicCores(rest), bare: stripArticle(rest) }, ...a.tokens.slice(s.first + 1, s.last + 1)], 0);
  return !!hit && hit.last === s.last - s.first && hit.payload.iso2 === s.iso2;
}

const GCC_MEMBERS = ORGANIZATIONS.find((o) => o.id === "gcc")?.members ?? [];
let bodies: PhraseMatcher<string[]> | null = null;
// Negotiating groups named by a number rather than their members (no organisation of their own): "Iran and six world
// powers", "P5+1", "القوى الست الكبرى"; the E3. Source: general knowledge of the Iran nuclear talks' parties.
const P5_PLUS_1 = ["US", "GB", "FR", "DE", "RU", "CN"];
const NEGOTIATING_GROUPS: [string[], string[]][] = [
  [P5_PLUS_1, ["six world powers", "six major powers", "six powers", "six global powers", "P5+1", "E3+3", "5+1",
    "القوى الست الكبرى", "القوى الكبرى الست", "الدول الست الكبرى", "القوى العالمية الست", "مجموعة 5+1", "مجموعه خمسه زائد واحد"]],
  [["GB", "FR", "DE"], ["E3", "European trio", "الترويكا الأوروبية"]],
];

function bodyMatcher(): PhraseMatcher<string[]> {
  if (bodies) return bodies;
  bodies = new PhraseMatcher<string[]>();
  for (const o of ORGANIZATIONS) {
    if (!o.members) continue;
    for (const p of o.phrases) bodies.add(p, o.members, /[a-z]/i.test(p) ? "capitalized" : "any");
    for (const p of o.acronyms ?? []) bodies.add(p, o.members, "upper");
  }
  for (const [members, phrases] of NEGOTIATING_GROUPS) for (const p of phrases) bodies.add(p, members, "any");
  return bodies;
}

/**
 * "GCC summit", "دول المجلس", "قمة مجلس التعاون", "القمة الخليجية": a body with a fixed membership in a token range
 * stands for those of its members the article names anywhere (members it never names are not guessed).
 */
export function bodyMembersInRange(a: AnalyzedText, first: number, last: number): string[] {
  const named = new Set(a.states.map((s) => s.iso2));
  const out = new Set<string>();
  for (const m of bodyMatcher().matchAll(a.tokens, first, last + 1)) for (const iso2 of m.payload) if (named.has(iso2)) out.add(iso2);
  for (let k = first; k <= last; k++) {
    const t = a.tokens[k]!;
    // "دول المجلس" (the Council's states) after the Council was named; "القمة الخليجية" (the Gulf summit).
    const councilStates = t.cores.includes("المجلس") && /^(دول|ودول)$/.test(a.tokens[k - 1]?.norm ?? "") && a.tokens.some((x) => x.cores.includes("التعاون"));
    const gulfSummit = /^(الخليجيه|خليجيه)$/.test(t.norm) && /(^|[وفبل])(القمه|قمه)$/.test(a.tokens[k - 1]?.norm ?? "");
    if (councilStates || gulfSummit) for (const iso2 of GCC_MEMBERS) if (named.has(iso2)) out.add(iso2);
  }
  return [...out];
}

/** Officials whose name appears in a token range. */
export function officialsInRange(a: AnalyzedText, officials: ExtractedOfficial[], first: number, last: number): ExtractedOfficial[] {
  return officials.filter((o) => officialMentionSpans(a, o).some(([f, l]) => f >= first && l <= last));
}

/** The official named at token i, with the token range of that mention. */
export function officialAt(a: AnalyzedText, officials: ExtractedOfficial[], i: number): { official: ExtractedOfficial; first: number; last: number } | null {
  for (const o of officials) for (const [f, l] of officialMentionSpans(a, o)) if (f <= i && i <= l) return { official: o, first: f, last: l };
  return null;
}

/** The date nearest to a trigger in the same sentence, preferring one inside the clause. */
export function nearestDate(a: AnalyzedText, trigger: number, range: [number, number]): DateMention | null {
  const s = a.sentences[a.tokenSentence[trigger]!]!;
  const pos = a.tokens[trigger]!.start;
  const lo = a.tokens[range[0]]!.start, hi = a.tokens[range[1]]!.end;
  let best: DateMention | null = null, bestScore = Infinity;
  for (const d of a.dates) {
    if (d.end > hi) break;
    if (d.start < s.start || d.start < lo) continue;
    const inClause = d.start >= lo && d.end <= hi;
    if (!inClause) continue;
    // "since 2015", "منذ عام 2011": the start of a period, not the event's date.
    if (SINCE.test(a.text.slice(d.start, d.start + 8)) || SINCE_BEFORE.test(a.text.slice(Math.max(0, d.start - 12), d.start))) continue;
    // "أول حضور له لقمة عربية منذ تعليق عضوية دمشق عام 2011", "the first visit since the 2011 uprising": a date
    // that is the object of a "since" after the event word dates the period, not the event.
    if (d.start > pos && sinceObject(a, a.tokens[trigger]!.foldedEnd, d)) continue;
    // "في أول زيارة ... منذ قطع العلاقات بين البلدين مطلع عام 2016، وعقد جلسة مباحثات": the "first ... since" of an
    // earlier phrase, before the event word too (not "تجري منذ منتصف الشهر مناورات": under way since then).
    if (d.start < pos && /(^|\s)[وفب]?(اول|الاول|الاولي|first)(\s|$)/.test(a.folded.text.slice(a.tokens[range[0]]!.foldedStart, foldedOffset(a, d.start)))
      && sinceObject(a, a.tokens[range[0]]!.foldedStart, d)) continue;
    const score = Math.abs(d.start - pos) - d.value.length;
    if (score < bestScore) { best = d; bestScore = score; }
  }
  return best;
}

const SINCE = /^(since|depuis|منذ|ومنذ)\s/i;
const SINCE_BETWEEN = /(?:^|[\s,])(?:since|depuis|منذ|ومنذ)\s/gi;
// The object of "since" is a noun phrase: "since 2016", "since the 2011 uprising", "منذ تعليق عضوية دمشق في جامعة
// الدول العربية عام 2011". Past this many words, or a word that opens a clause, the phrase has ended.
const SINCE_OBJECT_WORDS = 10;
const SINCE_OBJECT_END = /^(and|but|then|ثم|و)$/;

/**
 * Whether date d is the object of a "since" between folded offset `from` (the event word's end) and the date: the
 * last "since" before it opens a phrase that reaches the date within a few words, with no punctuation, no clause
 * opener and no other date in between, and the date is not a news day. A "since" elsewhere in the clause does not
 * hide an unrelated date: "signed an agreement ending a rift that has lasted since 2013 at a ceremony on 4 July 2023".
 */
function sinceObject(a: AnalyzedText, from: number, d: DateMention): boolean {
  // "the first treaty since the war on Thursday": a news day ("yesterday", "on Monday", "أمس") is the object of "since"
  // only right after it, which the caller tests first. A month is not a news day: "since taking office in May".
  if (d.relative && d.value.length === 10) return false;
  const to = foldedOffset(a, d.start);
  const between = a.folded.text.slice(from, to);
  let objectStart = -1;
  SINCE_BETWEEN.lastIndex = 0;
  for (let m = SINCE_BETWEEN.exec(between); m; m = SINCE_BETWEEN.exec(between)) objectStart = m.index + m[0].length;
  if (objectStart < 0) return false;
  const phrase = between.slice(objectStart);
  const words = phrase.split(/\s+/).filter(Boolean);
  if (/[,;:()\[\]"«»!?.]/.test(phrase) || words.length > SINCE_OBJECT_WORDS) return false;
  if (words.some((w) => SINCE_OBJECT_END.test(w) || CLAUSE_BREAK.test(w))) return false;
  const objectFrom = from + objectStart;
  // Another date inside the phrase ("since 2013 in Ankara on 4 July 2023") is the object; a date mention may include
  // its "since", so it counts when it ends inside the phrase.
  return !a.dates.some((o) => o !== d && o.end <= d.start && foldedOffset(a, o.end) > objectFrom);
}
/** The folded-text offset of an original-text offset (the first token starting at or after it). */
function foldedOffset(a: AnalyzedText, original: number): number {
  let lo = 0, hi = a.tokens.length - 1;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (a.tokens[mid]!.start < original) lo = mid + 1; else hi = mid; }
  return a.tokens[lo]?.foldedStart ?? a.folded.text.length;
}
const SINCE_BEFORE = /(?:^|\s)(since|depuis|منذ|ومنذ)\s+(?:عام\s+|the\s+)?$/i;

/** States ordered by how often the article names them. */
export function focusStates(a: AnalyzedText): string[] {
  const counts = new Map<string, number>();
  for (const s of a.states) counts.set(s.iso2, (counts.get(s.iso2) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([k]) => k);
}

/** "the two sides", "الطرفان", "les deux pays": the pair of states the article is about. */
export const BOTH_SIDES = /^(الطرفان|الطرفين|الجانبان|الجانبين|البلدان|البلدين|both|sides|countries|pays)$/;
export function mentionsBothSides(a: AnalyzedText, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const t = a.tokens[k]!;
    const c = t.cores[t.cores.length - 1]!;
    if (/^(الطرفان|الطرفين|الجانبان|الجانبين|البلدان|البلدين|طرفان|طرفين|جانبين|بلدين|بلدان)$/.test(t.norm) || /^(طرفان|طرفين|جانبان|جانبين|بلدان|بلدين)$/.test(c)) return true;
    if (/^(two|both|deux)$/.test(t.norm) && /^(sides|countries|nations|pays|parties|governments)$/.test(a.tokens[k + 1]?.norm ?? "")) return true;
  }
  return false;
}

const TWO_PEOPLE = /^(leaders|ministers|presidents|premiers|heads|counterparts|men|delegations|chancellors|kings|monarchs|dirigeants|ministres|presidents|chefs)$/;
const TWO_PEOPLE_AR = /^(ال)?(زعيمان|زعيمين|رئيسان|رئيسين|وزيران|وزيرين|قائدان|قائدين|ملكان|ملكين|اميران|اميرين|وفدان|وفدين|مسؤولان|مسؤولين)$/;

/**
 * "The two leaders", "the two foreign ministers", "the two sides", "الزعيمان", "الوزيران" between tokens first and last:
 * the index of the phrase, or -1. The phrase is the clause's subject: the two sides of the encounter told before it.
 */
export function twoSidesSubject(a: AnalyzedText, first: number, last: number): number {
  for (let k = first; k <= last; k++) {
    const t = a.tokens[k]!;
    if (t.arabic) { if (t.cores.some((c) => TWO_PEOPLE_AR.test(c) || /^(ال)?(طرفان|جانبان|بلدان)$/.test(c))) return k; continue; }
    // "their last conversation", "their first meeting": the pair of the encounter told before.
    if (t.norm === "their" && /^(conversation|call|phone|meeting|talks|summit|encounter)$/.test(a.tokens[k + 1]?.norm ?? "") || t.norm === "their" && /^(last|first|previous|latest|next|second)$/.test(a.tokens[k + 1]?.norm ?? "")
      && /^(conversation|call|phone|meeting|talks|summit|encounter|face|in)$/.test(a.tokens[k + 2]?.norm ?? "")) return k;
    if (!/^(two|both|deux)$/.test(t.norm)) continue;
    // "the two foreign ministers", "both prime ministers": one or two words before the plural.
    for (let j = k + 1; j <= Math.min(last, k + 3); j++) {
      const w = a.tokens[j]!.norm;
      if (TWO_PEOPLE.test(w) || /^(sides|countries|nations|governments|pays|parties)$/.test(w)) return k;
      if (!/^(foreign|prime|defence|defense|trade|finance|state|heads|of|affaires|etrangeres|premiers)$/.test(w)) break;
    }
  }
  return -1;
}

/**
 * The two sides "the two leaders" or "الوزيران" at token i refers back to: the nearest sentence (this one up to i, then
 * up to two before it, inside the paragraph) whose states and officials' states make exactly two ("Wang began the
 * tour in Egypt, where he met President Sisi ... The two ministers"); else the pair "the two countries" would take.
 */
export function recentSides(a: AnalyzedText, officials: ExtractedOfficial[], i: number): string[] | null {
  const s = a.tokenSentence[i]!;
  const counts = stateCounts(a);
  for (let k = s; k >= Math.max(0, s - 2); k--) {
    if (k < s && paragraphBreak(a, k + 1)) break;
    const [f, l] = a.sentenceTokens[k]!;
    const last = k === s ? i - 1 : l;
    const sides = new Set(frequentStatesIn(a, k, last, counts));
    for (const o of officialsInRange(a, officials, f, last)) if (o.state) sides.add(o.state);
    if (sides.size === 2) return [...sides].sort();
    if (sides.size > 2) return null;
  }
  return recentPair(a, i);
}

/**
 * The pair "the two countries", "البلدان" refers back to: the nearest sentence (this one up to token i, then up to four
 * before it) that names exactly two states, leaving out states the article names only once (topics, not actors); null
 * when the nearest sentence naming any names three or more (then the article's main pair applies). The search stays
 * inside the paragraph: a paragraph that opens on "the two countries" refers to the article's pair (see articlePair),
 * not to whatever pair the previous paragraph ended on (a side story, a summit elsewhere).
 */
export function recentPair(a: AnalyzedText, i: number): string[] | null {
  const s = a.tokenSentence[i]!;
  const counts = stateCounts(a);
  for (let k = s; k >= Math.max(0, s - 4); k--) {
    if (k < s && paragraphBreak(a, k + 1)) return articlePair(a);
    const named = frequentStatesIn(a, k, k === s ? i - 1 : a.sentenceTokens[k]![1], counts);
    if (named.length === 2) return named.sort();
    if (named.length > 2) return null;
  }
  return null;
}

function stateCounts(a: AnalyzedText): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of a.states) counts.set(m.iso2, (counts.get(m.iso2) ?? 0) + 1);
  return counts;
}

/** The states sentence k names up to token `last`, leaving out those the article names only once. */
function frequentStatesIn(a: AnalyzedText, k: number, last: number, counts: Map<string, number>): string[] {
  const f = a.sentenceTokens[k]![0];
  return [...new Set(a.states.filter((m) => m.first >= f && m.last <= last && counts.get(m.iso2)! >= 2).map((m) => m.iso2))];
}

/**
 * The article's pair: the pair of states that the most sentences name on their own (exactly two of the states the
 * article names more than once), the earlier one on a tie (the headline and the lead come first); null when no
 * sentence names a pair.
 */
export function articlePair(a: AnalyzedText): string[] | null {
  const best = pairCounts(a)[0];
  return best ? best[0].split("+") : null;
}

/**
 * The article's pair when it clearly leads: more sentences name it than name, all together, the other pairs that
 * share a state with it. A tour ("arrived in Kenya ... talks in Cairo ... in Accra") pairs the traveller with each
 * host about equally often, so no pair leads and each stop keeps its own.
 */
export function dominantArticlePair(a: AnalyzedText): string[] | null {
  const [best, ...rest] = pairCounts(a);
  if (!best) return null;
  const pair = best[0].split("+");
  const rivals = rest.filter(([k]) => k.split("+").some((x) => pair.includes(x))).reduce((n, [, c]) => n + c, 0);
  return best[1] > rivals ? pair : null;
}

/** Pairs of states named on their own by a sentence, with how many sentences name each, most first. */
function pairCounts(a: AnalyzedText): [string, number][] {
  const cached = articlePairs.get(a);
  if (cached !== undefined) return cached;
  const counts = stateCounts(a);
  const pairs = new Map<string, number>();
  for (let k = 0; k < a.sentences.length; k++) {
    const named = frequentStatesIn(a, k, a.sentenceTokens[k]![1], counts);
    if (named.length !== 2) continue;
    const key = named.sort().join("+");
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  // Map order is first occurrence: a stable sort keeps the earlier pair first on a tie.
  const sorted = [...pairs].sort((x, y) => y[1] - x[1]);
  articlePairs.set(a, sorted);
  return sorted;
}
const articlePairs = new WeakMap<AnalyzedText, [string, number][]>();

/** A line break between sentence k - 1 and sentence k: sentence k opens a paragraph. */
function paragraphBreak(a: AnalyzedText, k: number): boolean {
  const prev = a.sentences[k - 1], cur = a.sentences[k];
  return !!prev && !!cur && a.text.slice(prev.end, cur.start).includes("\n");
}

/** News leads report current events: an undated event in the lead (first 600 characters or quarter) takes
 * the day its sentence gives, else the news day of the lead ("on Tuesday", "أمس الأحد"), else the publication month. */
export function leadDate(a: AnalyzedText, trigger: number): { value: string } | null {
  const leadEnd = Math.max(600, a.text.length / 4);
  if (!a.published || a.tokens[trigger]!.start > leadEnd) return null;
  const s = a.sentences[a.tokenSentence[trigger]!]!;
  const pos = a.tokens[trigger]!.start;
  let best: { value: string } | null = null, bestDist = Infinity;
  for (const d of a.dates) {
    if (d.start >= s.start && d.end <= s.end && d.value.length === 10 && Math.abs(d.start - pos) < bestDist) { best = d; bestDist = Math.abs(d.start - pos); }
  }
  if (best) return best;
  const newsDay = a.dates.find((d) => d.start < leadEnd && d.relative && d.value.length === 10 && d.value <= a.published!);
  if (newsDay) return newsDay;
  return { value: a.published.slice(0, 7) };
}

/**
 * The state of the dateline ("CAIRO —", "AL-ULA, Saudi Arabia —", "الرياض -") when one of the first
 * lines opens with a place and a dash; with the end of that paragraph (the lead).
 */
export function dateline(a: AnalyzedText): { iso2: string; leadEnd: number } | null {
  const cached = datelines.get(a);
  if (cached !== undefined) return cached;
  let found: { iso2: string; leadEnd: number } | null = null;
  let lineStart = 0;
  for (let line = 0; line < 4 && lineStart < a.text.length && lineStart < 400; line++) {
    const nl = a.text.indexOf("\n", lineStart);
    const lineEnd = nl < 0 ? a.text.length : nl;
    const m = /^\s*([^\n—–-]{2,50}?)\s*[—–-]{1,2}\s/u.exec(a.text.slice(lineStart, lineEnd));
    if (m && !/[.!?؟:]/.test(m[1]!)) {
      const hi = lineStart + m[0].length;
      const st = a.states.filter((x) => x.start >= lineStart && x.end <= hi && x.kind !== "demonym");
      const iso2 = st.length ? st[st.length - 1]!.iso2 : placeState(a, lineStart, hi);
      if (iso2) found = { iso2, leadEnd: lineEnd };
      break;
    }
    lineStart = lineEnd + 1;
  }
  datelines.set(a, found);
  return found;
}
const datelines = new WeakMap<AnalyzedText, { iso2: string; leadEnd: number } | null>();

/** A well-known city (not a capital) between two offsets: its state. */
export function placeState(a: AnalyzedText, lo: number, hi: number): string | null {
  let to = 0;
  while (to < a.tokens.length && a.tokens[to]!.start < hi) to++;
  for (const m of cityMatcher().matchAll(a.tokens, 0, to)) {
    if (a.tokens[m.first]!.start >= lo && a.tokens[m.last]!.end <= hi) return m.payload;
  }
  return null;
}

let cities: PhraseMatcher<string> | null = null;
export function cityMatcher(): PhraseMatcher<string> {
  if (cities) return cities;
  cities = new PhraseMatcher<string>();
  for (const [iso2, names] of [...CITIES, ...ARABIC_CAPITAL_PLACES]) for (const n of names) cities.add(n, iso2, /[a-z]/i.test(n) ? "capitalized" : "any");
  return cities;
}
