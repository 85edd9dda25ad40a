import { findArabicOfficialMentions } from "./ar/findArabicOfficialMentions.ts";
import { analyzeText, type AnalyzedText } from "./AnalyzedText.ts";
import { buildRelations } from "./buildRelations.ts";
import { buildStates } from "./buildStates.ts";
import { checkArticleText } from "./decodeArticleBytes.ts";
import { detectLanguage } from "./detectLanguage.ts";
import { findLatinOfficialMentions } from "./en/findLatinOfficialMentions.ts";
import { findAgreements } from "./findAgreements.ts";
import { findMeetings } from "./findMeetings.ts";
import { findOrganizations } from "./findOrganizations.ts";
import { foldForKey } from "./normalizeForMatching.ts";
import { resolveOfficials } from "./resolveOfficials.ts";
import { stableId } from "./stableId.ts";
import type { ExtractedAgreement, ExtractedMeeting, ExtractedOfficial, ExtractionResult, ExtractOptions } from "./types.ts";

/**
 * Extracts states, officials, organizations, agreements, meetings and their relations from one
 * article body. Pure and deterministic: the same text and options give the same result.
 * Throws ExtractInputError for empty or binary text.
 */
export function extractArticle(text: string, opts: ExtractOptions = {}): ExtractionResult {
  checkArticleText(text, Number.MAX_SAFE_INTEGER);
  const lang = opts.lang ?? detectLanguage(text);
  const published = opts.date && /^\d{4}-\d{2}-\d{2}$/.test(opts.date) ? opts.date : null;
  const a = analyzeText(text, lang, published);
  const officials = resolveOfficials(a, lang === "ar" ? findArabicOfficialMentions(a) : findLatinOfficialMentions(a));
  dropStatesInsideNames(a, officials);
  const states = buildStates(a);
  const organizations = findOrganizations(a);
  const agreements = findAgreements(a, officials);
  const meetings = findMeetings(a, officials, agreements);
  declarationsOfSummits(agreements, meetings);
  datesFromEvents(agreements, meetings, a);
  const relations = buildRelations({ officials, organizations, agreements, meetings });
  return { language: lang, publishedAt: published, states, officials, organizations, agreements, meetings, relations };
}

/** A nisba that is part of a person's name ("والسوداني" for Mohammed Shia al-Sudani) is not a state mention. */
function dropStatesInsideNames(a: AnalyzedText, officials: ExtractedOfficial[]): void {
  const spans = officials.flatMap((o) => o.evidence.map((e) => [e.spanStart, e.spanEnd] as const));
  if (spans.length === 0) return;
  const inside = (m: { start: number; end: number }) => spans.some(([s, e]) => m.start >= s && m.end <= e);
  const kept = a.states.filter((m) => !inside(m));
  if (kept.length === a.states.length) return;
  a.states = kept;
  a.stateAt.fill(undefined);
  for (const m of kept) for (let i = m.first; i <= m.last; i++) a.stateAt[i] = m;
}

const SUMMIT_WORD = /قمه|القمه|summit|sommet/i;

/**
 * "اعتمدت القمة بياناً ختامياً", "the summit adopted a declaration": a declaration a summit adopts has the
 * summit's participants as parties, when the clause itself names only some of them.
 */
function declarationsOfSummits(agreements: ExtractedAgreement[], meetings: ExtractedMeeting[]): void {
  for (const x of agreements) {
    if (x.kind !== "declaration") continue;
    const issuedBy = meetingOfSentence(x, meetings);
    const sentence = x.evidence.find((e) => SUMMIT_WORD.test(foldForKey(e.sentence))) ?? (issuedBy ? x.evidence[0] : undefined);
    if (!sentence) continue;
    const summit = meetings.find((m) => m.kind === "summit" && m.evidence.some((e) => e.start === sentence.start))
      ?? issuedBy
      ?? meetings.filter((m) => m.kind === "summit" && m.evidence[0]!.start < sentence.start && (!x.date || !m.date || m.date.startsWith(x.date) || x.date.startsWith(m.date))).sort((p, q) => q.participants.length - p.participants.length)[0];
    if (!summit || summit.participants.length <= x.parties.length || !x.parties.every((p) => summit.participants.includes(p))) continue;
    x.parties = [...summit.participants];
    if (!x.date && summit.date) x.date = summit.date;
  }
}

const MEETING_WORD = /(^|\s)[وف]?(عن|في|خلال)?\s?(اجتماع|الاجتماع|المؤتمر|مؤتمر)|meeting|conference|talks|reunion/i;

/**
 * "وصدر عن اجتماع عمّان بيان ختامي", "the meeting issued a joint statement": a statement issued by a multilateral
 * meeting told in its own sentence is that meeting's, with all its participants as parties.
 */
function meetingOfSentence(x: ExtractedAgreement, meetings: ExtractedMeeting[]): ExtractedMeeting | undefined {
  const e = x.evidence[0]!;
  if (!MEETING_WORD.test(foldForKey(e.sentence))) return undefined;
  return meetings.find((m) => (m.kind === "meeting" || m.kind === "conference") && m.participants.length >= 3 && m.evidence.some((me) => me.start === e.start)
    && (!x.date || !m.date || m.date.startsWith(x.date) || x.date.startsWith(m.date)));
}

/**
 * An instrument the text does not date was signed, adopted or agreed at the event told just before it or in its
 * sentence ("seal land boundary deal as Modi visits Dhaka", "met ... where the two agreed to restore relations"):
 * the latest dated meeting among its parties mentioned up to its first mention gives its date.
 */
function datesFromEvents(agreements: ExtractedAgreement[], meetings: ExtractedMeeting[], a: AnalyzedText): void {
  for (const x of agreements) {
    if (x.date) continue;
    const at = x.evidence[0]!.spanStart, sentence = x.evidence[0]!.start;
    let best: ExtractedMeeting | null = null, bestPos = -1;
    for (const m of meetings) {
      if (!m.date || !x.parties.every((p) => m.participants.includes(p))) continue;
      // A signed instrument was not signed at an event still to come ("signed an MoU and agreed to hold the next
      // meeting in 2025").
      if (x.status === "signed" && a.published && m.date > a.published.slice(0, m.date.length)) continue;
      for (const e of m.evidence) {
        const pos = e.start === sentence ? at : e.spanStart;
        if (pos <= at && pos > bestPos) { best = m; bestPos = pos; }
      }
    }
    if (!best) continue;
    const old = x.id;
    x.date = best.date;
    // A trip dates from its first day; an instrument told after a later day of it ("arrived on Tuesday ... held talks
    // on Wednesday ... The leaders witnessed the exchange of memoranda") was signed on the last day told before it.
    if (best.kind === "visit" && best.date && best.date.length === 10) {
      const first = Date.parse(best.date);
      // Only a day told in the instrument's sentence or the two before, and not a dateline's report day ("Feb 14 -").
      const si = a.sentences.findIndex((z) => z.start === sentence);
      const from = a.sentences[Math.max(0, si - 2)]!.start;
      const later = a.dates.filter((d) => d.end <= at && d.start >= from && !/^\s*[-–—]/.test(a.text.slice(d.end, d.end + 3)) && d.value.length === 10 && d.value > best!.date! && Date.parse(d.value) - first <= 6 * 86400000
        && (!a.published || d.value <= a.published)).pop();
      if (later) x.date = later.value;
    }
    x.id = stableId("agreement", [x.kind, x.parties.join("+"), x.date, x.name]);
    for (const m of meetings) m.produced = m.produced.map((id) => (id === old ? x.id : id));
  }
}
