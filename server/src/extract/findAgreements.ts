import type { AnalyzedText } from "./AnalyzedText.ts";
import {
  bodyMembersInRange, cityMatcher, clauseRange, focusStates, leadDate, mediatorMention, mentionsBothSides, nearestDate, officialsInRange, recentPair, recentSides, statesInRange, twoSidesSubject, venueMention,
} from "./clauseContext.ts";
import { AGREEMENT_TRIGGERS, DOMAIN_WORDS } from "./eventTriggers.ts";
import { evidenceFor } from "./evidenceFor.ts";
import { foldForKey } from "./normalizeForMatching.ts";
import { PhraseMatcher } from "./PhraseMatcher.ts";
import { stripArticle } from "./tokenizeText.ts";
import { stableId } from "./stableId.ts";
import type { AgreementKind, AgreementStatus, Evidence, ExtractedAgreement, ExtractedOfficial, Language } from "./types.ts";

const matchers = new Map<Language, PhraseMatcher<AgreementKind>>();
function triggerMatcher(lang: Language): PhraseMatcher<AgreementKind> {
  let m = matchers.get(lang);
  if (!m) {
    m = new PhraseMatcher<AgreementKind>();
    for (const [p, k] of AGREEMENT_TRIGGERS[lang]) m.add(p, k);
    matchers.set(lang, m);
  }
  return m;
}

interface AgreementMention {
  first: number;
  last: number;
  kind: AgreementKind;
  name: string | null;
  parties: string[];
  explicitParties: boolean;
  between: boolean;
  /** "the two sides", "بينهما": the parties are the article's main pair. */
  bothSides: boolean;
  /** "signed by X, Y and Z": the clause lists the signatories. */
  signedBy: boolean;
  /** "أكثر من عشرين مذكرة تفاهم", "15 agreements": a batch counted as one entry. */
  counted: boolean;
  /** "مذكرات تفاهم", "agreements": a plural trigger. */
  plural: boolean;
  /** "a separate agreement", "another deal", "اتفاقية أخرى": told as an instrument of its own. */
  separate: boolean;
  date: string | null;
  definite: boolean;
  status: AgreementStatus;
  domains: string[];
  signatories: string[];
  evidence: Evidence;
}

const SIGNED = /^(وقع|وقعت|توقيع|وقعا|وقعوا|ابرم|ابرمت|ابرما|signed|signing|sign|inked|concluded|initialled|initialed|signe|signee|signature)$/;
const SUSPENDED = /^(تعليق|علقت|suspend|suspended|suspends|suspension|suspendu|suspendre)$/;
const NEGATION = /^(ليس|ليست|not|no|pas)$/;
// "the need to reach an agreement": a wish, not an agreement.
const WISH = /^(ضروره|لضروره|بهدف|سعيا|اجل|امكانيه|need|hope|hopes|seek|seeks|sought|seeking|aim|bid|besoin|proposed|possible|potential|prospective|eventual|future|any|hypothetical|envisaged|mooted)$/;
const COUNT = /^(\d+|عشرين|عشره|عشر|ثلاثين|اربعين|خمسين|عدد|عده|اكثر|several|dozen|dozens|multiple|numerous|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|deux|trois|quatre|cinq|plusieurs)$/;
const PLURAL = /^(مذكرات|اتفاقيات|اتفاقات|بروتوكولات|معاهدات|agreements|memoranda|memorandums|deals|treaties|pacts|protocols|mous|accords|traites|protocoles)$/;
const DETERMINERS = /^(the|this|that|these|such|le|la|les|cet|cette|ce)$/;

/** Agreements, MoUs, treaties, declarations and deals; mentions of one instrument are merged. */
export function findAgreements(a: AnalyzedText, officials: ExtractedOfficial[]): ExtractedAgreement[] {
  const mentions = findMentions(a, officials);
  const focus = focusStates(a);
  // "the two countries", "بينهما": the pair of the first agreement whose parties the text names.
  const mainPair = mentions.find((m) => m.explicitParties && m.parties.length >= 2 && !m.bothSides)?.parties.slice(0, 2) ?? (focus.length >= 2 ? focus.slice(0, 2) : undefined);
  for (const m of mentions) {
    if (!m.bothSides) continue;
    const pair = recentPair(a, m.first) ?? mainPair;
    if (pair) { m.parties = [...pair]; m.explicitParties = true; }
  }
  const merged: { ms: AgreementMention[] }[] = [];
  for (const m of mentions) {
    // A bare anaphor ("الاتفاق", "the deal") late in the text names the article's main agreement; others the latest one.
    const anaphor = m.definite && !m.explicitParties && !m.date && !m.name;
    // "الاتفاق المصري الصومالي", "the Egypt-Somalia deal": a definite mention naming its parties is the instrument of
    // those parties told before, not merely the latest one.
    const overlap = (g: { ms: AgreementMention[] }) => {
      const gp = new Set(g.ms.flatMap((x) => x.parties));
      return m.parties.filter((p) => gp.has(p)).length / new Set([...gp, ...m.parties]).size >= 0.5;
    };
    const ownParties = m.definite && m.explicitParties && m.parties.length >= 2 && !m.bothSides ? [...merged].reverse().find((g) => overlap(g) && compatible(g.ms, m, a.published)) : undefined;
    const target = ownParties ?? (anaphor ? merged.find((g) => compatible(g.ms, m, a.published)) : [...merged].reverse().find((g) => compatible(g.ms, m, a.published)));
    // Past a few dozen mentions an instrument is settled; keeping more would only slow merging.
    if (target) { if (target.ms.length < 40) target.ms.push(m); }
    else merged.push({ ms: [m] });
  }
  const out: ExtractedAgreement[] = [];
  for (const g of merged) {
    const named = g.ms.find((m) => m.name);
    // A state is a party when most explicit mentions name it ("between X and Y" decides alone).
    const between = g.ms.find((m) => m.between);
    const explicit = g.ms.filter((m) => m.explicitParties);
    const votes = new Map<string, number>();
    for (const m of explicit) for (const p of m.parties) votes.set(p, (votes.get(p) ?? 0) + 1);
    const signedBy = g.ms.filter((m) => m.signedBy && m.parties.length >= 2);
    let parties = signedBy.length ? [...new Set(signedBy.flatMap((m) => m.parties))] : between ? [...between.parties] : [...votes].filter(([, v]) => v > explicit.length / 2 || explicit.length === 1).map(([k]) => k);
    if (parties.length === 0) parties = [...new Set(g.ms.flatMap((m) => m.parties))];
    for (const s of focus) { if (parties.length >= 2) break; if (!parties.includes(s)) parties.push(s); }
    parties.sort();
    if (parties.length < 2) continue;
    const kinds = g.ms.map((m) => m.kind);
    const kind = named ? named.kind : mostFrequent(kinds);
    const date = g.ms.map((m) => m.date).filter((d): d is string => !!d).sort((x, y) => y.length - x.length)[0] ?? null;
    // In the order the mentions give them, each nearest its trigger first: the label names the first.
    const domains = [...new Set(g.ms.flatMap((m) => m.domains))];
    const status: AgreementStatus = g.ms.some((m) => m.status === "suspended") ? "suspended" : g.ms.some((m) => m.status === "signed") ? "signed" : "announced";
    const name = named?.name ?? null;
    let id = stableId("agreement", [kind, parties.join("+"), date, name]);
    // "together with a separate agreement on water": its own instrument even when kind, parties and date agree.
    if (g.ms[0]!.separate && out.some((x) => x.id === id)) id = stableId("agreement", [kind, parties.join("+"), date, name, domains.join("+") || String(out.length)]);
    out.push({
      id,
      kind, name, parties, signatories: [...new Set(g.ms.flatMap((m) => m.signatories))], domains, date, status,
      evidence: g.ms.slice(0, 5).map((m) => m.evidence),
      confidence: Math.min(0.95, 0.55 + 0.1 * g.ms.length + (named ? 0.1 : 0)),
    });
  }
  // Two drafts with the same id are one agreement.
  const seen = new Set<string>();
  return out.filter((x) => (seen.has(x.id) ? false : (seen.add(x.id), true)));
}

/** The last date told in the sentence before token i's: what "that visit" refers back to. */
function dateOfSentenceBefore(a: AnalyzedText, i: number): { value: string } | null {
  const s = a.tokenSentence[i]!;
  if (s === 0) return null;
  const prev = a.sentences[s - 1]!, cur = a.sentences[s]!;
  let found: { value: string } | null = null;
  for (const d of a.dates) if (d.start >= prev.start && d.end <= cur.start) found = d;
  return found;
}

const EXTEND_VERB = /^(extend|extends|extended|extending|renew|renews|renewed|renewing|prolong|prolongs|prolonged|تمديد|بتمديد|لتمديد|تجديد|بتجديد|لتجديد|مدد|مددت|مددا|جدد|جددت|جددا|يمدد|تمدد)$/;

const NUMBER_WORDS: Record<string, number> = { three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, الثلاثه: 3, الاربعه: 4, الخمسه: 5, السته: 6, السبعه: 7 };

/**
 * The leaders as the subject of a declaration: "the six leaders" (6), "the leaders", "their joint declaration",
 * "القادة الستة" (3 when no number is given: a group, not a pair). Null when the clause has no such subject.
 */
function leadersSubject(a: AnalyzedText, range: [number, number], first: number, last: number): { n: number; their: boolean } | null {
  // "their joint declaration": the possessive names the instrument's owners; states before it in the clause are topics.
  for (let k = Math.max(range[0], first - 2); k < first; k++) {
    if (a.tokens[k]!.norm === "their" && a.tokens.slice(k + 1, first).every((w) => /^(joint|final|common)$/.test(w.norm))) return { n: 3, their: true };
  }
  for (let k = range[0]; k <= Math.min(range[1], last + 6); k++) {
    const t = a.tokens[k]!;
    if (/^(leaders|القاده|الزعماء)$/.test(t.norm)) {
      const number = NUMBER_WORDS[a.tokens[k - 1]?.norm ?? ""] ?? NUMBER_WORDS[a.tokens[k + 1]?.norm ?? ""];
      if (number || a.tokens[k - 1]?.norm === "the" || t.arabic) return { n: number ?? 3, their: false };
    }
  }
  return null;
}

/** The states (and officials' states) of the sentences just before token i, gathered back until they make n; null if fewer. */
function groupBefore(a: AnalyzedText, officials: ExtractedOfficial[], i: number, n: number): string[] | null {
  const s = a.tokenSentence[i]!;
  const found = new Set<string>();
  const [sf] = a.sentenceTokens[s]!;
  const add = (f: number, l: number) => {
    if (l < f) return;
    for (const x of statesInRange(a, f, l)) found.add(x);
    for (const o of officialsInRange(a, officials, f, l)) if (o.state) found.add(o.state);
  };
  add(sf, i - 1);
  for (let k = s - 1; k >= Math.max(0, s - 3) && found.size < n; k--) add(...a.sentenceTokens[k]!);
  return found.size >= n ? [...found].sort() : null;
}

function mostFrequent<T>(xs: T[]): T {
  const counts = new Map<T, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].sort((p, q) => q[1] - p[1])[0]![0];
}

/** Whether a date lies weeks before the report: "in December 2014", "on 14 February" in a September report. */
function wellBefore(date: string, published: string | null): boolean {
  if (!published) return false;
  // A month or a year counts from its last day: "in March" of a March report is not weeks before it.
  const [y, mo] = date.split("-").map(Number);
  const t = date.length === 4 ? Date.UTC(y!, 11, 31) : date.length === 7 ? Date.UTC(y!, mo!, 0) : Date.parse(date);
  return Number.isFinite(t) && Date.parse(published) - t > 20 * 86400000;
}

function compatible(group: AgreementMention[], m: AgreementMention, published: string | null = null): boolean {
  const head = group[0]!;
  if (m.separate) return false;
  // "The two ministers issued a joint statement ... Egypt and China adopted a joint statement in December 2014": an
  // instrument told again with an article ("a") and a date weeks before the report is an earlier one, not the one the
  // undated mentions before it tell of.
  if (!m.definite && !m.name && m.date && wellBefore(m.date, published) && group.every((x) => !x.definite && !x.date && !x.name && !sameSentence(x, m))) return false;
  const name = group.find((x) => x.name)?.name;
  // "إعلان نوايا" and "إعلان النوايا", "the Al-Ula Declaration" and "Al-Ula declaration": one name.
  if (m.name && name) return nameKey(m.name) === nameKey(name);
  const dates = group.map((x) => x.date).filter(Boolean) as string[];
  if (m.date && dates.length && !dates.some((d) => d.startsWith(m.date!) || m.date!.startsWith(d))) return false;
  const declaration = (k: AgreementKind) => k === "declaration";
  // A joint declaration is its own instrument next to the agreements signed with it.
  if (declaration(m.kind) && !group.some((x) => declaration(x.kind))) return false;
  if (declaration(m.kind) !== declaration(head.kind) && !m.definite) return false;
  if (declaration(m.kind) !== declaration(head.kind) && m.definite && !m.explicitParties) return group.some((x) => x.kind === m.kind);
  const gp = new Set(group.flatMap((x) => x.parties));
  if (m.explicitParties && !m.definite && gp.size && m.parties.length) {
    const inter = m.parties.filter((p) => gp.has(p)).length;
    // A group whose mentions name no pair ("Al-Ula Declaration, ending the boycott of Qatar") joins a mention that
    // includes all it names.
    const implicit = group.every((x) => !x.explicitParties) && inter === gp.size;
    if (!implicit && inter / new Set([...gp, ...m.parties]).size < 0.5) return false;
  }
  if (m.definite || (m.name === null && !!name)) return true;
  // A batch ("twenty memoranda") and a single instrument told on its own are two entries.
  if (group.every((x) => x.plural !== m.plural || x.counted !== m.counted) && !group.some((x) => sameSentence(x, m) && m.first - x.last <= 3)) return false;
  const mouLike = (k: AgreementKind) => k === "mou" || k === "agreement";
  // "Britain signs deal ... under an agreement signed in Kigali": news copy varies the word for one instrument.
  const dealLike = (k: AgreementKind) => k === "agreement" || k === "deal" || k === "accord";
  return head.kind === m.kind || dealLike(head.kind) && dealLike(m.kind) && !m.counted && !group.some((x) => x.counted) || group.some((x) => sameSentence(x, m) && mouLike(x.kind) && mouLike(m.kind) && (x.counted === m.counted || m.first - x.last <= 3));
}

const nameKey = (n: string) => (foldForKey(n).match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => stripArticle(w.toLowerCase())).join(" ");

function sameSentence(x: AgreementMention, y: AgreementMention): boolean {
  return x.evidence.start === y.evidence.start;
}

function findMentions(a: AnalyzedText, officials: ExtractedOfficial[]): AgreementMention[] {
  const out: AgreementMention[] = [];
  const matcher = triggerMatcher(a.lang);
  const allHits = matcher.matchAll(a.tokens);
  // Where an instrument word starts, once per article (the clause rules below ask it token by token).
  const triggerAt = new Uint8Array(a.tokens.length);
  const isPartnership = (h: { first: number }) => PARTNERSHIP.test(a.tokens[h.first]!.cores.at(-1)!);
  for (const h of allHits) if (!isPartnership(h)) triggerAt[h.first] = 1;
  // A partnership that is not an instrument is no trigger at all: it bounds no other instrument's clause.
  const hits = allHits.filter((h) => !isPartnership(h) || partnershipInstrument(a, h.first, agreementName(a, h.first, h.last), triggerAt));
  for (const h of hits) triggerAt[h.first] = 1;
  for (const hit of [...hits, ...restoredTies(a)]) {
    const t = a.tokens[hit.first]!;
    // "Government of National Accord" names a government, not an accord.
    if (a.stateAt[hit.first]) continue;
    const prev = a.tokens[hit.first - 1], prev2 = a.tokens[hit.first - 2];
    const kind = hit.payload;
    const before = a.text.slice(Math.max(0, t.start - 25), t.start);
    // French "avoir l'accord de": consent, not an agreement.
    if (a.lang === "fr" && kind === "agreement" && /(eu|avoir|obtenu|obtenir|donn[ée]|recueilli)\s+l['’]\s*$/i.test(before)) continue;
    if (prev && (NEGATION.test(prev.norm) || NEGATION.test(prev2?.norm ?? ""))) continue;
    const nextTok = a.tokens[hit.last + 1];
    // "to deal with": a verb; "اتفاق محتمل": a possible agreement, not one reached.
    // "signed a similar access deal with Australia", "the deal with Iran": a noun after an article, a possessive or a
    // signing verb.
    if (nextTok && /^(with|avec)$/.test(nextTok.norm) && /^deals?$/.test(t.norm) && !dealNoun(a, hit.first)) continue;
    if (nextTok && /^(محتمل|مقترح|مرتقب|مامول|منشود)$/.test(nextTok.cores.at(-1)!)) continue;
    // "الموعد الجديد جرى الاتفاق عليه", "تم الاتفاق عليها": "it was agreed upon", said of a date or a step told before.
    if (t.arabic && prev && /^[وف]?(تم|جري|يتم|سيتم|يجري|سيجري)$/.test(prev.norm) && nextTok && /^(عليه|عليها|عليهما|عليهم)$/.test(nextTok.norm)) continue;
    if (a.tokens.slice(Math.max(0, hit.first - 4), hit.first).some((x) => WISH.test(x.norm) || WISH.test(x.cores[x.cores.length - 1]!))) continue;
    // Arabic إعلان is also "announcement": count it only quoted, named, or as "إعلان نوايا/مشترك".
    let name = agreementName(a, hit.first, hit.last);
    if (kind === "declaration" && a.lang === "ar" && t.cores.some((c) => /اعلانا?$/.test(c))) {
      const next = a.tokens[hit.last + 1]?.cores.at(-1) ?? "";
      // "إعلان العُلا", "إعلان الرياض": a declaration named after the city or capital where it was adopted.
      const place = cityMatcher().matchAt(a.tokens, hit.last + 1) ?? (a.stateAt[hit.last + 1]?.kind === "capital" && a.stateAt[hit.last + 1]!.first === hit.last + 1 ? { last: a.stateAt[hit.last + 1]!.last } : null);
      if (!name && place) name = a.text.slice(a.tokens[hit.last]!.start, a.tokens[place.last]!.end).replace(/^[وفبل]+(?=إ|ا)/, "");
      // Signed, it is a declaration: "وقّعا إعلاناً مشتركاً", "إعلان الشراكة الاستراتيجية الذي وقّعه البلدان"; so is a
      // declaration of principles or of a partnership ("إعلان المبادئ", "إعلاناً بشأن الشراكة").
      const signedNear = a.tokens.slice(Math.max(0, hit.first - 3), hit.first).some((x) => SIGNED.test(x.norm) || SIGNED.test(x.cores.at(-1)!))
        || a.tokens.slice(hit.last + 1, hit.last + 6).some((x) => x.cores.some((c) => /^(وقعه|وقعاه|وقعته|وقعها|وقعوه|الموقع|الموقعه)$/.test(c)));
      const nextCores = a.tokens[hit.last + 1]?.cores ?? [];
      const about = nextCores.some((c) => /^(الشراكه|شراكه|المبادي|مبادي|مبادئ|المبادئ)$/.test(c))
        || nextCores.some((c) => /^(بشان|حول)$/.test(c)) && /شراك|تعاون|مبادي|مبادئ/.test(a.tokens[hit.last + 2]?.cores.at(-1) ?? "");
      if (!name && !signedNear && !about && !/^(نوايا|النوايا|مشترك|المشترك|مشتركا|ختامي|الختامي|ختاميا)$/.test(next)) continue;
    }
    const range = clauseRange(a, hit.first);
    // States after another instrument in the clause are that one's: "the deal canceled out a memorandum signed
    // between Turkey and the GNA".
    let nextTrigger = hit.last + 1;
    while (nextTrigger <= range[1] && !triggerAt[nextTrigger]) nextTrigger++;
    // "signed a deal with Australia in 2022 and another with Britain": the states after "another with" are a second
    // instrument's, told without its noun.
    let elided = -1;
    for (let k = hit.last + 2; k < Math.min(range[1], nextTrigger - 1); k++) {
      if (/^(another|one)$/.test(a.tokens[k]!.norm) && a.tokens[k + 1]!.norm === "with" && /^(and|,)$/.test(a.text.slice(a.tokens[k - 1]!.end, a.tokens[k]!.start).trim() || a.tokens[k - 1]!.norm)) { elided = k; break; }
    }
    const partyEnd = Math.min(range[1], nextTrigger - 1, elided > 0 ? elided - 1 : Infinity);
    const between = betweenStates(a, hit.last, partyEnd, triggerAt);
    // "وقّعا في الرياض", "signed in Riyadh": the venue is not a party.
    let parties = between ?? statesInRange(a, range[0], partyEnd, (s) => !venueMention(a, s) && !mediatorMention(a, s));
    // "إعلان العلا الذي وقّعته دول المجلس ومصر": the Council's states the article names are parties.
    if (!between) for (const iso2 of bodyMembersInRange(a, range[0], partyEnd)) if (!parties.includes(iso2)) parties.push(iso2);
    const signers = officialsInRange(a, officials, range[0], partyEnd);
    for (const o of signers) if (o.state && !parties.includes(o.state)) parties.push(o.state);
    // "The two ministers issued a joint statement calling for a ceasefire in Gaza": with the two sides as subject and no
    // state named before it, the parties are the pair told before; states after it are the statement's topics.
    const twoSides = between ? -1 : twoSidesSubject(a, range[0], hit.first);
    if (twoSides >= 0 && statesInRange(a, range[0], twoSides).length === 0) {
      const pair = recentSides(a, officials, twoSides);
      if (pair && !pair.every((p) => parties.includes(p))) parties = pair;
    }
    // "In a joint declaration issued afterwards, the six leaders pledged ...", "their joint declaration glossed over ...":
    // with the leaders as subject and no state named before it, a declaration is the group's told just before; states
    // after it are its topics.
    if (!between && kind === "declaration") {
      const subject = leadersSubject(a, range, hit.first, hit.last);
      if (subject && (subject.their || statesInRange(a, range[0], hit.first - 1).length === 0)) {
        const group = groupBefore(a, officials, range[0], subject.n);
        if (group) parties = group;
      }
    }
    let explicit = parties.length >= 2 || !!between;
    const bothSides = mentionsBothSides(a, range[0], partyEnd) && parties.length < 2 || /^(بينهما|between them|entre eux)/.test(a.folded.text.slice(a.tokens[hit.last]!.foldedEnd + 1, a.tokens[hit.last]!.foldedEnd + 40).replace(/^\S*\s+(?=بينهما)/, ""));
    if (bothSides && parties.length < 2) { parties = []; explicit = false; }
    const clauseText = a.folded.text.slice(a.tokens[range[0]]!.foldedStart, a.tokens[range[1]]!.foldedEnd).toLowerCase();
    const signedBy = /\bsigned by\b|\bsigne(?:e|s)? par\b|وقعته|وقعها|وقعتها|وقعه\b/.test(clauseText) && parties.length >= 2;
    const words = a.tokens.slice(Math.max(range[0], hit.first - 6), Math.min(range[1], hit.last + 8) + 1);
    const sentenceWords = a.tokens.slice(range[0], range[1] + 1);
    // State names are not subjects ("البحرين" is not بحري, maritime).
    // Nearest the trigger first: "اتفاق تعاون عسكري ... في مجالات التدريب والاستخباراتي" is military before intelligence.
    const distance = (index: number) => (index < hit.first ? hit.first - index : index > hit.last ? index - hit.last : 0);
    const domains = [...new Set([...words].sort((x, y) => distance(x.index) - distance(y.index)).filter((w) => !a.stateAt[w.index] || a.stateAt[w.index]!.kind === "demonym").flatMap((w) => DOMAIN_WORDS.filter(([re]) => w.cores.some((c) => re.test(c))).map(([, d]) => d)))];
    // The signing date, when a signing verb is there ("التي أبرمت عام 2002"); else the date nearest the trigger.
    // The signing word that belongs to this trigger: the nearest one, after it first ("الاتفاقية ... الموقعة في 2001").
    const signing = sentenceWords.filter((w) => SIGNED.test(w.norm) || SIGNED.test(w.cores.at(-1)!) || w.cores.some((c) => /^(الموقعه|الموقع|الموقعتين|موقعه|موقع|موقعتين|المبرمه|مبرمه)$/.test(c)));
    const signedAt = signing.find((w) => w.index > hit.last && w.index - hit.last <= 14 && !a.tokens.slice(hit.last + 1, w.index).some((x) => x.index !== hit.first && triggerAt[x.index]))
      ?? [...signing].filter((w) => w.index <= partyEnd).sort((x, y) => Math.abs(x.index - hit.first) - Math.abs(y.index - hit.first))[0];
    // An agreement signed during the visit or summit the lead reports takes the lead's date.
    const sentence = a.sentences[a.tokenSentence[hit.first]!]!.text;
    const atEvent = /زيار|قمه|قمة|visit|summit|sommet/i.test(sentence);
    // Dates after another instrument are that one's, unless this one extends it ("the agreement to extend the treaty").
    const ownsNext = /^(to|on|for|d|de|sur)$/.test(nextTok?.norm ?? "") && /^(extend|extending|renew|renewing|prolong|extension|prolonger|prolongation|renouveler)$/.test(a.tokens[hit.last + 2]?.norm ?? "");
    const near = nearestDate(a, signedAt?.index ?? hit.first, ownsNext || signedAt && signedAt.index > partyEnd ? range : [range[0], partyEnd]);
    // A signed instrument was not signed after the report ("الدخول في دراسات جدوى خلال العام المقبل 2022").
    const past = near && signedAt && a.published && near.value > a.published.slice(0, near.value.length) ? null : near;
    // "The two sides signed eight agreements during that visit", "خلال تلك الزيارة": the visit told in the sentence before,
    // with its date, not the lead's.
    const thatVisit = /\b(during|at|on) (that|this|the same) (visit|trip|summit)\b|خلال (تلك|هذه) (الزياره|القمه)|(تلك|هذه) الزياره/.test(foldForKey(sentence).toLowerCase());
    const d = past ?? (signedAt && atEvent ? (thatVisit ? dateOfSentenceBefore(a, hit.first) : null) ?? leadDate(a, hit.first) : null);
    const draft = !!prev && /^(draft|مسوده|projet)$/.test(prev.cores.at(-1)!);
    // "the agreement to extend the treaty", "اتفاق تمديد": an extension is a new agreement, not an anaphor.
    const extension = ownsNext
      || /^(تمديد|لتمديد|بتمديد|تجديد|لتجديد)$/.test(nextTok?.norm ?? "");
    // Within the sentence: "... for another four years. The agreement, first signed" counts nothing.
    const counted = a.tokens.slice(Math.max(0, hit.first - 3), hit.first).some((x) => a.tokenSentence[x.index] === a.tokenSentence[hit.first] && (COUNT.test(x.norm) || COUNT.test(x.cores.at(-1)!)));
    // "عدد من الاتفاقيات": the article of an Arabic partitive does not make the batch a known instrument.
    const definite = !extension && !counted && (draft || (a.lang === "ar" ? /^[وفبل]?ال/.test(t.norm) && !name : determinerBefore(a, hit.first) && !name));
    // "The leaders set a trade target, and officials signed a set of memorandums": a new instrument whose clause names no
    // state is between the two sides told just before (this paragraph), not the article's first pair.
    if (parties.length === 0 && !bothSides && !definite && !name) parties = recentSides(a, officials, hit.first) ?? [];
    // "extend deal on bishops", "agreed to extend their provisional agreement", "تمديد العمل باتفاق وقف إطلاق النار حتى
    // 18 فبراير": the instrument extended is the one in force, not one signed on the day of the report or the day it
    // now runs until (unless a signing is told right after it: "a deal signed in 2015").
    const extendedObject = !extension && a.tokens.slice(Math.max(range[0], hit.first - 4), hit.first).some((x) => EXTEND_VERB.test(x.norm) || EXTEND_VERB.test(x.cores.at(-1)!));
    const keepDate = !extendedObject || !!signedAt && signedAt.index > hit.last;
    out.push({
      first: hit.first, last: hit.last, kind: name ? kindFromName(name, kind) : kind, name, parties, explicitParties: explicit,
      counted,
      plural: PLURAL.test(t.cores.at(-1)!),
      separate: a.tokens.slice(Math.max(0, hit.first - 2), hit.first).some((x) => /^(separate|another|second|additional|distinct|autre|distinct|second|seconde)$/.test(x.norm))
        || /^(اخري|اخر|منفصله|منفصل|ثانيه|ثان)$/.test(nextTok?.norm ?? ""),
      date: definite && !signedAt || !keepDate ? null : d?.value ?? null, definite: definite || extendedObject, between: !!between, bothSides: bothSides && parties.length < 2, signedBy,
      status: sentenceWords.some((w) => SUSPENDED.test(w.norm) || SUSPENDED.test(w.cores.at(-1)!)) ? "suspended"
        : sentenceWords.some((w) => SIGNED.test(w.norm) || SIGNED.test(w.cores.at(-1)!)) ? "signed" : "announced",
      domains, signatories: signers.map((o) => o.id),
      evidence: evidenceFor(a, t.start, a.tokens[hit.last]!.end),
    });
    if (elided > 0) {
      const main = out[out.length - 1]!;
      const subject = statesInRange(a, range[0], hit.first - 1, (s) => !venueMention(a, s));
      // The states right after "with", up to the next comma.
      let end = elided + 2;
      while (end < Math.min(range[1], nextTrigger - 1, elided + 8) && !/[,;]/.test(a.text.slice(a.tokens[end]!.end, a.tokens[end + 1]!.start))) end++;
      const others = statesInRange(a, elided + 2, end, (s) => !venueMention(a, s));
      const second = [...new Set([...subject, ...others])];
      if (others.length && second.length >= 2) {
        const od = nearestDate(a, elided, [elided, end]);
        out.push({ ...main, parties: second, explicitParties: true, between: false, signedBy: false, separate: true, name: null, definite: false, date: od?.value ?? null,
          evidence: evidenceFor(a, a.tokens[elided]!.start, a.tokens[elided + 1]!.end) });
      }
    }
  }
  return out;
}

const PARTNERSHIP = /^(partnership|partenariat|الشراكه|شراكه)$/;
const TIER_WORD = /^(strategic|comprehensive|special|global|enhanced|privileged|exceptional|deepened|deep|new|partnership|partnerships|strategique|globale|privilegie|exceptionnel|partenariat|شراكه|استراتيجيه|الاستراتيجيه|استراتيجيه|شامله|الشامله|المعمقه|معمقه|خاصه|الخاصه|متميزه|المتميزه|the|our|their|a|an|and|و)$/;
const LAUNCHED = /^(launched|launch|launching|unveiled|اطلق|اطلقت|اطلقا|اطلاق|لانشاء|lance|lancent|lancement)$/;
/**
 * "partnership" is an instrument when it has a name ("a $20 billion Just Energy Transition Partnership",
 * «الشراكة الصناعية التكاملية») or is signed or launched ("signed a partnership", "ووقع وثيقة الشراكة"); a relationship
 * raised to a partnership ("elevated ties to a comprehensive strategic partnership", "رفع العلاقات إلى مستوى الشراكة"),
 * a partnership word inside another instrument's name ("إعلان الشراكة", "Partnership Agreement") or a body
 * ("Strategic Partnership Council") is not.
 */
function partnershipInstrument(a: AnalyzedText, i: number, name: string | null, triggerAt: Uint8Array): boolean {
  const next = a.tokens[i + 1];
  if (next && (triggerAt[i + 1] || /^(council|dialogue|forum|committee|commission|framework|مجلس|لجنه|conseil)$/.test(next.cores.at(-1)!))) return false;
  const s = a.tokenSentence[i];
  const before = a.tokens.slice(Math.max(0, i - 4), i).filter((x) => a.tokenSentence[x.index] === s);
  if (before.some((x) => triggerAt[x.index])) return false;
  // Where the name starts: "to a Comprehensive Strategic Partnership" is an upgrade even in capitals.
  let start = i;
  if (name && !a.tokens[i]!.arabic) while (start > 0 && name.endsWith(a.text.slice(a.tokens[start - 1]!.start, a.tokens[i]!.end))) start--;
  const lead = a.tokens.slice(Math.max(0, start - 3), start).filter((x) => a.tokenSentence[x.index] === s);
  const upgraded = lead.some((x) => /^(to|into|الي|مستوي|level|au|en)$/.test(x.cores.at(-1)!) || x.cores.some((c) => /^(الي|مستوي)$/.test(c)));
  const signed = a.tokens.slice(Math.max(0, start - 4), start).some((x) => a.tokenSentence[x.index] === s
    && (SIGNED.test(x.norm) || SIGNED.test(x.cores.at(-1)!) || LAUNCHED.test(x.norm) || LAUNCHED.test(x.cores.at(-1)!) || /^(وثيقه|document|وثائق)$/.test(x.cores.at(-1)!)));
  if (signed) return true;
  // "our Special Strategic Partnership", "الشراكة الاستراتيجية الشاملة": a name made only of tier words is the level of a
  // relationship, not an instrument.
  const tierOnly = !!name && (foldForKey(name).match(/[\p{L}\p{N}]+/gu) ?? []).every((w) => TIER_WORD.test(stripArticle(w.toLowerCase())));
  return !!name && !upgraded && !tierOnly;
}

/** "a similar access deal with", "their deal with", "struck a deal with": "deal" is the noun, not the verb of "to deal with". */
function dealNoun(a: AnalyzedText, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const n = a.tokens[k]!.norm;
    if (/^(to|will|would|can|could|must|should|may|might|cannot|they|we|you|i|it|he|she)$/.test(n)) return false;
    if (/^(a|an|the|this|that|its|their|his|her|our|new|similar|separate|another|landmark|first|such)$/.test(n) || SIGNED.test(n) || /^(struck|strike|reached|reach|sealed|seal|clinched|agreed|cut)$/.test(n)) return true;
  }
  return false;
}

/** "the maritime boundaries deal": a determiner opens the noun phrase of the trigger. */
function determinerBefore(a: AnalyzedText, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = a.tokens[k]!;
    if (!/^[\s-]+$/.test(a.text.slice(t.end, a.tokens[k + 1]!.start))) return false;
    if (DETERMINERS.test(t.norm)) return true;
    // "the Turkey-GNA deal": states joined by a hyphen modify the noun; a state alone names another phrase.
    const hyphenated = /^-$/.test(a.text.slice(t.end, a.tokens[k + 1]!.start)) || /^-$/.test(a.text.slice(a.tokens[k - 1]?.end ?? 0, t.start));
    if (/^(a|an|un|une)$/.test(t.norm) || a.stateAt[k] && a.stateAt[k]!.kind !== "demonym" && !hyphenated) return false;
  }
  return false;
}

/** "agreed to restore full diplomatic ties", "اتفقا على استئناف العلاقات": a jointly agreed decision. */
function restoredTies(a: AnalyzedText): { first: number; last: number; payload: AgreementKind }[] {
  const out: { first: number; last: number; payload: AgreementKind }[] = [];
  a.tokens.forEach((t, i) => {
    // Agreed, or announced or decided by both: "اتفقا على استئناف العلاقات", "announced they would restore ties",
    // "أعلن البلدان استئناف عمل بعثتيهما الدبلوماسيتين".
    const agreed = /^(agreed|agree|اتفق|اتفقا|اتفقوا|اتفقت|convenu|convenus)$/.test(t.cores.at(-1)!);
    // The noun too: "منذ إعلان البلدين ... رفع العلاقات الدبلوماسية إلى مستوى السفراء".
    const announced = /^(announced|decided|اعلن|اعلنت|اعلنا|اعلان|قرر|قررت|قررا|annonce|decide)$/.test(t.cores.at(-1)!);
    if (!agreed && !announced) return;
    // Arabic puts the subject and the date between the verb and its object: "اتفقت مملكة البحرين ودولة قطر،
    // أمس الأربعاء، على إعادة العلاقات"; there the object opens with على.
    const next = a.tokens.slice(i + 1, i + (announced ? 9 : t.arabic ? 12 : 5));
    // Raising ties to ambassador level ("رفع مستوى العلاقات", "upgrade ties") restores full relations too.
    const restoring = /^(restore|restoring|restoration|resume|resuming|resumption|re|reestablish|re-establish|normali[sz]|upgrad|raise|raising|reopen|استيناف|اعاده|تطبيع|رفع|ترفيع|retablir|retablissement|reprendre|reprise)/;
    const verb = next.findIndex((x, j) => restoring.test(x.cores.at(-1)!) && (!t.arabic || !agreed || j < 4 || next[j - 1]!.norm === "علي"));
    if (verb < 0) return;
    // Raised to ambassador level, not to a "strategic partnership".
    if (/^(رفع|ترفيع|upgrad|raise|raising)/.test(next[verb]!.cores.at(-1)!)
      && !a.tokens.slice(i + 1 + verb, i + verb + 14).some((x) => x.cores.some((c) => /^(السفراء|سفراء|سفير|ambassador|ambassadors|ambassadorial)$/.test(c)))) return;
    const rest = a.tokens.slice(i + 1 + verb, i + verb + 9);
    const ties = /^(ties|relations|العلاقات|علاقات|relations|بعثتيهما|البعثات|بعثات|سفارتيهما|السفارات|سفارات|embassies|missions)$/;
    // Any clitic reading: "بعثتيهما" is a noun, not ب + عثتيهما.
    if (!rest.some((x) => x.cores.some((c) => ties.test(c)))) return;
    // Announced by one side only ("Riyadh announced it would reopen its embassy") is not a joint decision.
    if (announced && !mentionsBothSides(a, Math.max(0, i - 6), Math.min(a.tokens.length - 1, i + 12)) && statesInRange(a, Math.max(0, i - 8), Math.min(a.tokens.length - 1, i + 4)).length < 2
      && !/^(اعلنا|قررا)$/.test(t.cores.at(-1)!)) return;
    out.push({ first: i, last: i, payload: "agreement" });
  });
  return out;
}

/** "between X and Y" / "بين X و Y" right after the trigger. */
function betweenStates(a: AnalyzedText, from: number, to: number, triggerAt: Uint8Array): string[] | null {
  for (let k = from + 1; k <= Math.min(to, from + 8); k++) {
    const t = a.tokens[k]!;
    // "the deal canceled out a memorandum signed between Turkey and the GNA": that "between" is the other instrument's.
    if (triggerAt[k]) return null;
    if (t.norm === "between" || t.norm === "entre" || t.cores.includes("بين")) {
      const found = statesInRange(a, k + 1, Math.min(to, k + 8));
      if (found.length < 2) return null;
      // "between Iran and the United States, Britain, France, Germany, Russia and China": a list, all of it.
      const list: string[] = [];
      let prevEnd = -1;
      for (let j = k + 1; j <= Math.min(to, k + 30); j++) {
        const sm = a.stateAt[j];
        if (!sm || sm.first !== j) continue;
        if (prevEnd >= 0 && !/^[\s,]*(?:(?:and|et|و)\s+)?(?:the\s+)?$/i.test(a.text.slice(a.tokens[prevEnd]!.end, sm.start))) break;
        if (!list.includes(sm.iso2)) list.push(sm.iso2);
        prevEnd = sm.last;
        j = sm.last;
      }
      return list.length > 2 && list.slice(0, 2).every((x) => found.includes(x)) ? list : found.slice(0, 2);
    }
  }
  return null;
}

function kindFromName(name: string, fallback: AgreementKind): AgreementKind {
  const n = name.toLowerCase();
  if (/memorand|مذكر|protocole d'accord/.test(n)) return "mou";
  if (/accords?$|اتفاقيات ابراهام|اتفاقيات أبراهام|أبراهام|ابراهام/.test(n) && /accords|اتفاقيات/.test(n)) return "accord";
  if (/treaty|traité|معاهد/.test(n)) return "treaty";
  if (/declaration|déclaration|إعلان|اعلان/.test(n)) return "declaration";
  if (/agreement|اتفاق/.test(n)) return "agreement";
  return fallback;
}

/** A quoted name around the trigger ("إعلان شوشة") or a capitalized English name ("Reciprocal Access Agreement"). */
function agreementName(a: AnalyzedText, first: number, last: number): string | null {
  const t = a.tokens[first]!, e = a.tokens[last]!;
  const before = a.text.slice(Math.max(0, t.start - 2), t.start);
  // An opening quote right before the trigger (not the closing quote of a word before it: «مع "إسرائيل" باتفاق»),
  // and its closing quote on the same line.
  const open = /["“”«„]\s*$/.exec(before);
  // A name never starts with a preposition clitic ("باتفاق", "لاتفاقية", "كاتفاق").
  const clitic = t.arabic && t.cores.length > 1 && /[بلك]/.test(t.norm.slice(0, t.norm.length - t.cores.at(-1)!.length).replace(/ال$/, ""));
  if (open && !clitic && openingQuoteAt(a.text, t.start - 2 + open.index)) {
    const close = a.text.slice(t.start, t.start + 80).search(/["“”»\n]/);
    if (close > 0 && /["“”»]/.test(a.text[t.start + close]!)) {
      const quoted = a.text.slice(t.start, t.start + close).trim();
      return genericName(a, first, t.start + close) ? null : quoted;
    }
  }
  if (t.arabic) return null;
  if (!a.tokens[last]!.capitalized) return null;
  let f = first;
  for (let k = first - 1; k >= 0 && first - k <= 5; k--) {
    const x = a.tokens[k]!;
    if (!x.capitalized || a.tokenSentence[k] !== a.tokenSentence[first] || !/^[\s-]+$/.test(a.text.slice(x.end, a.tokens[k + 1]!.start))) break;
    if (/^(the|a|an|le|la|l)$/.test(x.norm)) break;
    f = k;
  }
  if (f === first && !/^(accords|declaration)$/.test(t.norm)) return null;
  // A sentence-initial capital alone does not make a name ("Agreement was reached").
  return a.text.slice(a.tokens[f]!.start, e.end);
}

/** Whether the quote at offset i opens a quotation: an even number of straight quotes before it on its line, or a typographic opener. */
function openingQuoteAt(text: string, i: number): boolean {
  const q = text[i]!;
  if (q === "«" || q === "„" || q === "“") return true;
  if (q === "»" || q === "”") return false;
  const lineStart = text.lastIndexOf("\n", i) + 1;
  let n = 0;
  for (let k = lineStart; k < i; k++) if (text[k] === q) n++;
  return n % 2 === 0;
}

// Words of a generic description of an instrument: "اتفاق تعاون عسكري", "security cooperation agreement".
const GENERIC_NAME_WORD = /^(تعاون|للتعاون|التعاون|مشترك|المشترك|مشتركه|ثنائي|ثنائيه|الثنائي|جديد|جديده|شراكه|الشراكه|في|مجال|مجالات|و|cooperation|partnership|joint|bilateral|new|on|of|in|the|and|framework|cadre|de|cooperation|en|matiere)$/;

/** A quoted trigger whose other words are only cooperation, domain and generic adjectives is a description, not a name. */
function genericName(a: AnalyzedText, first: number, endOffset: number): boolean {
  for (let k = first; k < a.tokens.length && a.tokens[k]!.end <= endOffset; k++) {
    const w = a.tokens[k]!;
    const tm = triggerMatcher(a.lang).matchAt(a.tokens, k);
    if (tm) { k = tm.last; continue; }
    if (w.cores.some((c) => GENERIC_NAME_WORD.test(c) || DOMAIN_WORDS.some(([re]) => re.test(c)))) continue;
    if (a.stateAt[k]) continue;
    return false;
  }
  return true;
}
