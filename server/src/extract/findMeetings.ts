import { ARABIC_HONORIFICS, ARABIC_MINISTER_WORDS, ARABIC_NAME_STOPWORDS, ARABIC_TITLES } from "./ar/arabicTitles.ts";
import type { AnalyzedText } from "./AnalyzedText.ts";
import { bodyMembersInRange, cityMatcher, clauseRange, dateline, focusStates, leadDate, mentionsBothSides, nearestDate, officialAt, officialsInRange, recentPair, recentSides, statesInRange, topicMention, twoSidesSubject } from "./clauseContext.ts";
import { evidenceFor } from "./evidenceFor.ts";
import { MEETING_TRIGGERS } from "./eventTriggers.ts";
import { foldedSet, foldForKey } from "./normalizeForMatching.ts";
import { PhraseMatcher } from "./PhraseMatcher.ts";
import { stableId } from "./stableId.ts";
import { stateMatcher } from "./stateLexicon.ts";
import { stripArticle, type Token } from "./tokenizeText.ts";
import type { Evidence, ExtractedAgreement, ExtractedMeeting, ExtractedOfficial, Language, MeetingKind } from "./types.ts";

const matchers = new Map<Language, PhraseMatcher<MeetingKind>>();
function triggerMatcher(lang: Language): PhraseMatcher<MeetingKind> {
  let m = matchers.get(lang);
  if (!m) {
    m = new PhraseMatcher<MeetingKind>();
    for (const [p, k] of MEETING_TRIGGERS[lang]) m.add(p, k);
    matchers.set(lang, m);
  }
  return m;
}

interface MeetingMention {
  trigger: number;
  kind: MeetingKind;
  name: string | null;
  participants: string[];
  host: string | null;
  date: string | null;
  attendees: string[];
  evidence: Evidence;
  hostStated: boolean;
  /** "المباحثات", "the talks": a definite noun without its own date refers back to an event already told. */
  anaphor: boolean;
  /** One of several calls or meetings told together ("spoke separately with A and with B"): never merged with the others. */
  separate?: boolean;
  /** "سيعقد الوزيران اجتماعاً", "will hold talks": an event told as still to come. */
  future?: boolean;
  /** "virtual summit", "قمة افتراضية", "by video link". */
  virtual?: boolean;
  /** "their first face-to-face meeting", "in-person talks": never a call, whatever else its sentence tells. */
  inPerson?: boolean;
  /** "A second meeting followed", "اللقاء الثاني": another event of the series told just before. */
  ordinal?: boolean;
  /** Talks told as held on the sidelines of the summit told before ("على هامش القمة"): dated by it, never merged into it. */
  beside?: boolean;
  /** "اجتماع عمّان", "the Negev Summit": the state of the venue the event is named after. */
  venue?: string | null;
}

const TO = /^(الي|علي|تشمل|يشمل|شملت|to|a|au|aux|en|in|into|include|includes|including)$/;
// Arabic hosting verbs with any object pronoun: "استضافتها", "تستضيفهما الرياض", "احتضنه".
const HOSTED = /^(hosted|host|hosts|hosting|accueille|accueilli|(?:س?[تي]ستضيف|استضاف|استضافت|س?[تي]حتضن|احتضن|احتضنت)(?:ه|ها|هما|هم)?)$/;
const VIRTUAL = /^(virtual|virtuel|virtuelle|افتراضيه|افتراضي|الافتراضيه|online|video)$/;
const NOT_EVENT_AFTER = /^(sites?|ceremony)$/;

/** Visits, summits, meetings, calls, exercises and conferences; one trip is one event. */
export function findMeetings(a: AnalyzedText, officials: ExtractedOfficial[], agreements: ExtractedAgreement[]): ExtractedMeeting[] {
  const mentions = findMentions(a, officials);
  // "زيارة ... إلى الخرطوم للمشاركة في الاجتماع السابع للجنة": a meeting the visit was made for is held at its destination.
  for (const m of mentions) {
    if (m.host || m.kind === "call" || m.kind === "visit") continue;
    const v = mentions.find((x) => x.kind === "visit" && x.hostStated && x.trigger < m.trigger && a.tokenSentence[x.trigger] === a.tokenSentence[m.trigger]);
    if (v && (m.participants.length === 0 || m.participants.includes(v.host!))) { m.host = v.host; if (!m.participants.includes(v.host!)) m.participants.push(v.host!); }
  }
  // "عقد على هامش القمة لقاءً ثنائياً مع ...", "met on the sidelines of the summit": undated talks beside the summit told
  // before (named in their sentence by a bare "the summit") are held on that summit's day.
  let lastSummit: MeetingMention | null = null;
  for (const m of mentions) {
    if (m.kind === "summit" && !m.anaphor && !m.future && m.date && (!a.published || m.date <= a.published.slice(0, m.date.length))) lastSummit = m;
    if (m.kind !== "meeting" || !lastSummit || m.participants.length !== 2 || !LINKED_IN_TIME.test(foldForKey(m.evidence.sentence))) continue;
    if (mentions.some((x) => x.anaphor && x.kind === "summit" && x.evidence.start === m.evidence.start && x.trigger < m.trigger)) { m.date ??= lastSummit.date; m.beside = true; }
  }
  // "Moon and Kim had first met in April ... A second meeting followed a month later": an ordinal event that names no
  // state is the next of the series told just before, between the same states, and an event of its own.
  mentions.forEach((m, i) => {
    if (!m.ordinal || m.participants.length > 1) return;
    // "وأعلن فيدان أن الجولة الثالثة ستعقد في أنقرة": a state the clause names (the host's minister) is one of the series'.
    const before = mentions.slice(0, i).reverse().find((x) => x.kind !== "visit" && x.kind !== "call" && x.kind !== "exercise" && x.participants.length > m.participants.length
      && m.participants.every((p) => x.participants.includes(p)) && a.tokenSentence[x.trigger]! >= a.tokenSentence[m.trigger]! - 1);
    if (before) { m.participants = [...before.participants]; m.separate = true; }
  });
  const focus = focusStates(a);
  const events: MeetingMention[][] = [];
  // Talks and receptions told in a sentence about a phone call are that call.
  const callSentences = new Set(mentions.filter((m) => m.kind === "call").map((m) => m.evidence.start));
  for (const m of mentions) if (m.kind === "meeting" && !m.name && !m.inPerson && callSentences.has(m.evidence.start)) { m.kind = "call"; m.host = null; m.hostStated = false; }
  for (const m of mentions) {
    const anaphoric = m.anaphor && m.kind !== "call" && m.kind !== "exercise"
      ? events.find((g) => g.every((x) => x.kind !== "call" && x.kind !== "exercise") && (m.kind === "meeting" || g.some((x) => x.kind === m.kind) || m.kind === "visit" && g.every((x) => x.kind === "meeting") && g.some((x) => x.host))
        && (m.participants.length < 2 || m.participants.filter((p) => g.some((x) => x.participants.includes(p))).length >= 2))
      : undefined;
    // "تقلّصت مدة الزيارة" with no visit told before, after a hosted summit: the trip made for that summit.
    if (!anaphoric && m.anaphor && m.kind === "visit" && !events.some((g) => g.some((x) => x.kind === "visit"))) {
      const summit = [...events].reverse().find((g) => g.some((x) => x.kind === "summit" || x.kind === "conference") && g.some((x) => x.hostStated || x.host));
      if (summit) {
        const host = summit.find((x) => x.hostStated)?.host ?? summit.find((x) => x.host)!.host!;
        const parts = new Set([...m.participants, ...summit.flatMap((x) => x.participants), host]);
        const date = summit.map((x) => x.date).filter((d): d is string => !!d).sort((x, y) => y.length - x.length)[0] ?? null;
        events.push([{ ...m, host, hostStated: true, participants: [...parts], date, anaphor: false }]);
        continue;
      }
    }
    // "زار المقداد جدة ... في أول زيارة لوزير خارجية سوري": an event told again in its own sentence is the one told there first.
    const sentenceOf = (x: MeetingMention) => a.tokenSentence[x.trigger];
    const target = anaphoric ?? (m.host ? undefined : events.find((g) => g.some((x) => sentenceOf(x) === sentenceOf(m)) && sameEvent(g, m, a.published))) ?? events.find((g) => sameEvent(g, m, a.published));
    // Past a few dozen mentions an event is settled; keeping more would only slow merging.
    if (target) { if (target.length < 40) target.push(m); }
    else events.push([m]);
  }
  const out: ExtractedMeeting[] = [];
  const groups: MeetingMention[][] = [];
  for (const g of events) {
    const primary = g.find((m) => m.kind === "visit") ?? g.find((m) => m.kind === "summit") ?? g[0]!;
    const kind = primary.kind;
    // A virtual event is held where the text says it was convened, never where a dateline or a speaker is.
    const host = g.find((m) => m.hostStated)?.host ?? (g.some((m) => m.virtual) ? null : g.find((m) => m.host)?.host) ?? null;
    const participants = new Set(g.flatMap((m) => m.participants));
    if (host) participants.add(host);
    // A summit whose participants this passage does not name is a session of the article's main summit group.
    if (kind === "summit" && participants.size < 2) {
      const main = events.filter((e) => e !== g && e.some((m) => m.kind === "summit")).map((e) => new Set(e.flatMap((m) => m.participants))).sort((x, y) => y.size - x.size)[0];
      if (main && main.size >= 2) for (const p of main) participants.add(p);
    }
    for (const s of focus) { if (participants.size >= 2 || kind === "summit" && participants.size > 0) break; participants.add(s); }
    if (participants.size < 2 && !(kind === "summit" && g.some((m) => m.name))) continue;
    // The most precise date; for a trip, its first day.
    const date = g.map((m) => m.date).filter((d): d is string => !!d).sort((x, y) => y.length - x.length || x.localeCompare(y))[0] ?? null;
    const name = g.find((m) => m.name)?.name ?? null;
    const parts = [...participants].sort();
    const lo = Math.min(...g.map((m) => m.evidence.start)), hi = Math.max(...g.map((m) => m.evidence.end));
    const produced = agreements.filter((x) => x.evidence.some((e) => e.start >= lo && e.end <= hi) && x.parties.every((p) => parts.includes(p))).map((x) => x.id);
    groups.push(g);
    out.push({
      id: stableId("meeting", [kind, parts.join("+"), host, date, name]),
      kind, name, participants: parts, host, location: host, date, endDate: null,
      attendees: [...new Set(g.flatMap((m) => m.attendees))], produced,
      evidence: g.slice(0, 5).map((m) => m.evidence),
      confidence: Math.min(0.9, 0.5 + 0.1 * g.length),
    });
  }
  datesOfLinkedEvents(a, out, groups);
  hostsOfVisitsFromTheirTalks(out);
  signingsInPlaces(a, agreements, out);
  const seen = new Set<string>();
  return out.filter((x) => (seen.has(x.id) ? false : (seen.add(x.id), true)));
}

const SIGNING_VERB = /^(signed|reached|concluded|clinched|initialled|initialed|sealed|وقع|وقعت|وقعا|وقعوا|وقعه|ابرم|ابرمت|ابرما|توصل|توصلت|توصلا|signe|signee|conclu)$/;

/**
 * "signed the Abraham Accords at the White House on Sept. 15", "an interim accord was reached in Geneva in November
 * 2013": an instrument signed or reached in a place is a meeting of its parties there (a signing ceremony, the talks
 * that reached it), unless an event of theirs in that place is already told.
 */
function signingsInPlaces(a: AnalyzedText, agreements: ExtractedAgreement[], out: ExtractedMeeting[]): void {
  for (const x of agreements) {
    if (x.parties.length < 2) continue;
    for (const e of x.evidence) {
      const si = a.sentences.findIndex((z) => z.start === e.start);
      if (si < 0) continue;
      const [sf, sl] = a.sentenceTokens[si]!;
      let host: string | null = null;
      // The instrument's word and its verb, a few words apart either way ("signed the Abraham Accords with Israel at the
      // White House", "an interim accord, ..., was reached in Geneva"); the place comes after both.
      const trig = a.tokens.findIndex((t) => t.start >= e.spanStart && t.end <= e.spanEnd + 1);
      if (trig < 0) continue;
      const trigLast = Math.max(trig, a.tokens.findLastIndex((t) => t.end <= e.spanEnd));
      for (let k = Math.max(sf, trig - 6); k <= Math.min(sl, trigLast + 12) && !host; k++) {
        if (!SIGNING_VERB.test(a.tokens[k]!.cores.at(-1)!)) continue;
        const after = Math.max(k, trigLast);
        for (let j = after + 1; j <= Math.min(sl, after + 8) && !host; j++) {
          if (!isPlacePosition(a, j)) continue;
          const sm = a.stateAt[j];
          if (sm && sm.first === j && (sm.kind === "capital" || (sm.kind === "alias" || sm.kind === "institution") && /^(in|at)$/.test(a.tokens[j - 2]?.norm ?? "") || sm.kind === "name" && a.tokens[j - 1]!.norm === "in")) host = sm.iso2;
          else if (!sm) host = cityMatcher().matchAt(a.tokens, j)?.payload ?? null;
        }
      }
      if (!host) continue;
      const parts = [...new Set([...x.parties, host])].sort();
      // A trip dates from its first day: a signing a few days later belongs to it.
      const compatible = (m: ExtractedMeeting) => !m.date || !x.date || m.date.startsWith(x.date) || x.date.startsWith(m.date)
        || m.kind === "visit" && m.date.length === 10 && x.date.length === 10 && x.date >= m.date && dayNumber(x.date) - dayNumber(m.date) <= 7;
      if (out.some((m) => m.host === host && compatible(m) && parts.filter((p) => m.participants.includes(p)).length / new Set([...parts, ...m.participants]).size >= 0.5)) break;
      out.push({
        id: stableId("meeting", ["meeting", parts.join("+"), host, x.date, null]),
        kind: "meeting", name: null, participants: parts, host, location: host, date: x.date, endDate: null,
        attendees: [], produced: [x.id], evidence: [e], confidence: 0.5,
      });
      break;
    }
  }
}

/** "Yoon's two-day visit" with no destination, beside "the first summit talks in Tokyo" that day among the same states: held there. */
function hostsOfVisitsFromTheirTalks(out: ExtractedMeeting[]): void {
  for (const v of out) {
    if (v.kind !== "visit" || v.host || !v.date || v.date.length < 10) continue;
    const talks = out.find((x) => x !== v && x.kind !== "visit" && x.kind !== "call" && x.host && x.date === v.date && v.participants.includes(x.host) && v.participants.every((p) => x.participants.includes(p)));
    if (!talks) continue;
    v.host = talks.host; v.location = talks.host;
    v.id = stableId("meeting", [v.kind, v.participants.join("+"), v.host, v.date, v.name]);
  }
}

// "تتزامن الزيارة مع قمة النقب", "coincides with", "on the sidelines of", "على هامش": two events at one time.
const LINKED_IN_TIME = /(^|\s)([وف]?(تتزامن|يتزامن|تزامنت|تزامن|تزامنا|بالتزامن)|[وف]?(علي|في) هامش|coincid\w*|on the (sidelines|margins) of|en marge)(\s|$)/;

/** An undated event told as coinciding with, or on the sidelines of, a dated one takes that one's date. */
function datesOfLinkedEvents(a: AnalyzedText, out: ExtractedMeeting[], groups: MeetingMention[][]): void {
  const sentenceOf = (m: MeetingMention) => a.tokenSentence[m.trigger]!;
  out.forEach((x, i) => {
    if (x.date) return;
    for (const m of groups[i]!) {
      const sentence = a.sentences[sentenceOf(m)];
      if (!sentence || !LINKED_IN_TIME.test(foldForKey(sentence.text))) continue;
      const other = out.find((y, j) => j !== i && y.date && groups[j]!.some((n) => sentenceOf(n) === sentenceOf(m)));
      if (!other) continue;
      x.date = other.date;
      x.id = stableId("meeting", [x.kind, x.participants.join("+"), x.host, x.date, x.name]);
      return;
    }
  });
}

const family = (k: MeetingKind) => (k === "summit" || k === "conference" ? "summit" : k);

const dayNumber = (d: string) => Date.parse(d + "T00:00:00Z") / 86400000;
// Arrival and departure days of one trip are a few days apart.
const closeDates = (x: string, y: string, visit: boolean) =>
  x.startsWith(y) || y.startsWith(x) || (visit && x.length === 10 && y.length === 10 && Math.abs(dayNumber(x) - dayNumber(y)) <= 3);

function sameEvent(group: MeetingMention[], m: MeetingMention, published: string | null): boolean {
  const head = group[0]!;
  // Calls told one per counterpart, visits told one each way: events of their own.
  if (m.separate) return false;
  // An event still to come is not talks already held ("ended talks in Beijing ... the ministers will hold a meeting");
  // talks to come during a visit under way are part of it.
  // (Mentions without a date of their own, such as "on the eve of the summit", do not make the event undated.)
  if (m.future && !m.anaphor && !group.some((x) => x.kind === "visit") && !!published && group.every((x) => !x.future && (!x.date || x.date < published.slice(0, x.date.length)))
    && group.some((x) => !!x.date)) return false;
  const dates = group.map((x) => x.date).filter(Boolean) as string[];
  const visit = m.kind === "visit" || group.some((x) => x.kind === "visit");
  if (m.date && dates.length && !dates.some((d) => closeDates(d, m.date!, visit))) return false;
  const gp = new Set(group.flatMap((x) => x.participants));
  // "وصدر عن اجتماع عمّان بيان", "The Negev Summit, hosted by ...": an event named after its venue is the meeting held
  // there told before, when it names no state that meeting lacks.
  if (m.venue && m.kind !== "visit" && group.every((x) => x.kind !== "visit" && x.kind !== "call" && x.kind !== "exercise") && group.some((x) => x.host === m.venue)
    && gp.size >= 3 && m.participants.every((p) => gp.has(p))) return true;
  const jac = m.participants.length && gp.size ? m.participants.filter((p) => gp.has(p)).length / new Set([...gp, ...m.participants]).size : 1;
  const hosts = group.map((x) => x.host).filter(Boolean);
  if (m.hostStated && hosts.length && !hosts.includes(m.host)) return false;
  if (m.name && group.some((x) => x.name && x.name !== m.name)) return false;
  const kinds = new Set(group.map((x) => x.kind));
  if (m.kind === "call" || m.kind === "exercise" || kinds.has("call") || kinds.has("exercise")) return kinds.has(m.kind) && kinds.size === 1 && jac >= 0.5;
  const groupSummit = kinds.has("summit") || kinds.has("conference");
  if (family(m.kind) === "summit") {
    // "Biden hosted the leaders ... for a trilateral summit": talks told in the summit's own sentence are the summit.
    // "met on the sidelines of the BRICS summit": bilateral talks beside a summit are an event of their own.
    if (!groupSummit) return group.every((x) => x.kind === "meeting") && group.some((x) => x.evidence.start === m.evidence.start) && jac >= 0.5
      && !LINKED_IN_TIME.test(foldForKey(m.evidence.sentence));
    const sameDay = !!m.date && m.date.length === 10 && dates.includes(m.date);
    return sameDay || (jac >= 0.5 && (!m.date || dates.length === 0 || dates.includes(m.date)));
  }
  if (m.kind === "visit") return (kinds.has("visit") || (kinds.has("meeting") && !groupSummit)) && jac >= 0.5;
  // Talks, press conferences and ceremonies belong to the visit or summit they happen at, unless designated.
  if (m.name) return false;
  // "عقد على هامش القمة لقاءً ثنائياً مع ...", "met on the sidelines of the summit": bilateral talks of two of a larger
  // summit's participants, told as held beside it, are an event of their own.
  if (m.beside && groupSummit && gp.size > 2) return false;
  // Talks on the day of a summit among its own participants ("on the sidelines of Monday's meeting") are part of it.
  const sameDaySubset = !!m.date && m.date.length === 10 && dates.includes(m.date) && m.participants.length > 0 && m.participants.every((p) => gp.has(p));
  // "the virtual Quad summit hosted by Biden": talks told in the sentence of one of the event's mentions, among its participants.
  const sameSentenceSubset = m.participants.length > 0 && m.participants.every((p) => gp.has(p)) && group.some((x) => x.evidence.start === m.evidence.start);
  // Talks during a visit belong to it when held between its own states; with a third state they are a meeting of their own.
  const visitOnly = kinds.has("visit") && !groupSummit;
  if (visitOnly && m.participants.some((p) => !gp.has(p)) && gp.size >= 2) return false;
  // "the leaders will meet to discuss ..." with no day: the planned event among the same states told with its day.
  const plannedSubset = !!m.future && !m.date && m.participants.every((p) => gp.has(p)) && !!published && dates.some((d) => d >= published.slice(0, d.length));
  return sameSentenceSubset || sameDaySubset || plannedSubset || jac >= 0.5 && (m.evidence.start === head.evidence.start || !groupSummit || jac === 1);
}

function findMentions(a: AnalyzedText, officials: ExtractedOfficial[]): MeetingMention[] {
  const out: MeetingMention[] = [];
  for (const hit of triggerMatcher(a.lang).matchAll(a.tokens)) {
    const t = a.tokens[hit.first]!;
    const next = a.tokens[hit.last + 1];
    if (next && NOT_EVENT_AFTER.test(next.norm) && hit.payload !== "meeting") continue;
    // English "call" is an event as a noun ("a phone call", "the call with"), not as a verb ("to call their own").
    if ((t.norm === "call" || t.norm === "calls") && hit.first === hit.last && !/^(a|an|the|phone|telephone|video|his|her|their|this|that|these|brief|first|separate|second|hour-long|lengthy|two|several)$/.test(a.tokens[hit.first - 1]?.norm ?? "")
      && !/^(with|between)$/.test(next?.norm ?? "")) continue;
    let kind = hit.payload;
    const range = clauseRange(a, hit.first);
    // "received Egyptian President ...", "استقبل الرئيس المصري": a reception needs its guest named right after.
    // "Trong was received in the Oval Office": a passive reception names its guest before it.
    const passive = /^(was|were|been|being)$/.test(a.tokens[hit.first - 1]?.norm ?? "") && t.norm === "received";
    if (/^(received|receives|hosted|hosts|saw|استقبل|استقبلت|يستقبل)$/.test(t.cores.at(-1)!) && !passive && !guestAfter(a, officials, hit.last, range[1])) continue;
    const destinations = destinationsAfter(a, hit.last, range[1], officials);
    // "ومن المقرر أن تشمل الجولة في مرحلتها التالية القاهرة وعمّان": the verb of including comes before the tour word
    // (verb, subject, object); its stops follow past a short phrase.
    if (destinations.length === 0 && /^(جوله|الجوله)$/.test(t.cores.at(-1)!) && /^[وف]?(ت|ي|ست|سي)?شمل(ت)?$/.test(a.tokens[hit.first - 1]?.norm ?? "")) {
      for (let k = hit.last + 1; k <= Math.min(range[1], hit.last + 6); k++) {
        if (!placeAt(a, k)) continue;
        destinations.push(...destinationsAfter(a, k - 1, range[1], officials));
        break;
      }
    }
    // "The Israel leg came on Tuesday": the state right before "leg" is the stop.
    if (t.norm === "leg" && hit.first === hit.last) {
      const s = a.stateAt[hit.first - 1];
      destinations.length = 0;
      if (s && s.last === hit.first - 1 && s.kind !== "demonym") destinations.push(s.iso2);
    }
    // "الدورة الخامسة للجنة ...", "دورة اللجنة المشتركة": a session of a joint body; not a course or a term of office.
    if (/^(دوره|الدوره)$/.test(t.cores.at(-1)!) && !(BODY.test(next?.norm ?? "") || ORDINAL.test(next?.norm ?? "") && BODY.test(a.tokens[hit.last + 2]?.norm ?? ""))) continue;
    // "he would like to travel to Jakarta ... if", "hopes to visit", "يرغب في زيارة", "مستعد لزيارة": a wish, not an event.
    if (kind !== "call" && a.tokens.slice(Math.max(range[0], hit.first - 4), hit.first).some((w) => WISHED.test(w.norm) || WISHED.test(w.cores.at(-1)!))) continue;
    // "توجّه بالشكر إلى قطر": turning to someone with thanks or an appeal is not travel.
    if (kind === "visit" && hit.first === hit.last && /^(توجه|توجهت|اتجه|اتجهت)$/.test(t.cores.at(-1)!) && turnedWith(a, hit.last, range[1])) continue;
    // A word of a later stop ("flew", "then to", "حطّ") is a visit only with its destination.
    if (kind === "visit" && destinations.length === 0 && LEG_TRIGGER.test(a.tokens.slice(hit.first, hit.last + 1).map((w) => w.cores.at(-1)).join(" "))) continue;
    // A visit involves its visitor (named before the visit word, or by an official) and its destination;
    // states named after that are topics, not participants.
    const states = hit.payload === "visit" ? statesInRange(a, range[0], hit.first - 1) : statesInRange(a, range[0], range[1]);
    const people = officialsInRange(a, officials, range[0], range[1]);
    const participants = [...states];
    for (const o of people) if (o.state && !participants.includes(o.state)) participants.push(o.state);
    // "the 41st GCC summit", "القمة الخليجية": the body's members the article names take part.
    // "Iran and six world powers reached a deal ... in Vienna", "GCC ministers met": a group's members named in the article take part.
    if (kind === "summit" || kind === "meeting" || kind === "conference") {
      const [from, to] = kind === "summit" ? [Math.max(range[0], hit.first - 3), Math.min(range[1], hit.last + 6)] : range;
      for (const iso2 of bodyMembersInRange(a, from, to)) if (!participants.includes(iso2)) participants.push(iso2);
    }
    // "عقد على هامش القمة لقاءً ثنائياً مع ميتسوتاكيس ..., ولقاءً آخر مع أناستاسيادس", "held a meeting with X": talks
    // with a named counterpart are between that counterpart and the sentence's subject, not every state of the clause.
    if (kind === "meeting" && participants.length > 2) {
      const pair = withCounterpart(a, officials, hit.first, hit.last, range);
      if (pair) { participants.length = 0; participants.push(...pair); }
    }
    let host: string | null = null, hostStated = false;
    // "جولة ثانية", "الجولة الثالثة ستعقد في أنقرة", "جولة أولى من المحادثات": a round of talks, a meeting.
    // (Followed by the talks word, "جولة جديدة من المحادثات", the talks word tells the event.)
    if (/^(جوله|الجوله)$/.test(t.cores.at(-1)!) && destinations.length === 0 && ROUND_ORDINAL.test(next?.norm ?? "")
      && !a.tokens.slice(hit.last + 1, hit.last + 5).some((w) => /^(المحادثات|المفاوضات|المباحثات|محادثات|مفاوضات|مباحثات)$/.test(w.cores.at(-1)!))) kind = "meeting";
    // "جولة", "tour", "الجولة الثانية" (a round): only a tour with named destinations is a visit; so is a delegation sent.
    if (kind === "visit" && (/^(جوله|الجوله|tour|tournee)$/.test(t.cores.at(-1)!) || a.tokens[hit.last]!.cores.some((c) => /^(delegation|وفد|وفدا|اوفد|اوفدت)$/.test(c))) && destinations.length === 0) continue;
    // "regular visits", "زيارات دورية", "periodic talks": a practice, not an event.
    if (!/^[A-Z]/.test(a.text.slice(t.start, t.start + 1)) && (REGULAR.test(a.tokens[hit.first - 1]?.norm ?? "") || REGULAR.test(a.tokens[hit.first - 2]?.norm ?? "") && /^(reciprocal|mutual|high-level|bilateral)$/.test(a.tokens[hit.first - 1]?.norm ?? "")
      || t.arabic && REGULAR.test(a.tokens[hit.last + 1]?.cores.at(-1) ?? ""))) continue;
    // "agreed to hold such meetings regularly", "عقد لقاءات بشكل دوري", "meet annually": a practice, not an event.
    if (a.tokens[hit.first - 1]?.norm === "such" || a.tokens.slice(hit.last + 1, hit.last + 3).some((w) => /^(regularly|annually|periodically|routinely|بانتظام|سنويا|دوريا)$/.test(w.norm))
      || a.tokens[hit.last + 1]?.norm === "بشكل" && /^(دوري|منتظم|سنوي)$/.test(a.tokens[hit.last + 2]?.norm ?? "")) continue;
    // "chaired the cabinet meeting", "a cabinet session": a government's own sitting, not a meeting between states.
    if (kind === "meeting" && /^(cabinet|cabinet's)$/.test(a.tokens[hit.first - 1]?.norm ?? "")) continue;
    // "followed by visits by both foreign ministers", "زيارات متبادلة", "exchanged visits": one visit each way.
    if (kind === "visit" && destinations.length === 0 && reciprocal(a, hit.first, hit.last, range)) {
      const pair = participants.length === 2 ? [...participants] : recentPair(a, hit.first) ?? focusStates(a).slice(0, 2);
      if (pair.length === 2) {
        const d = nearestDate(a, hit.first, range);
        for (const h of pair) out.push({ trigger: hit.first, kind, name: null, participants: [...pair], host: h, date: d?.value ?? null, attendees: people.map((o) => o.id), evidence: evidenceFor(a, t.start, a.tokens[hit.last]!.end), hostStated: true, anaphor: false, separate: true });
        continue;
      }
    }
    // "بعد زيارتين عامي 2015 و2016", "two visits, in 2015 and 2016": one visit per date listed right after.
    if (kind === "visit" && destinations.length <= 1 && /^(زيارتين|زيارتان|زيارات|visits|trips)$/.test(t.cores.at(-1)!)) {
      const listed = a.dates.filter((x) => x.start >= a.tokens[hit.last]!.end && x.start - a.tokens[hit.last]!.end <= 30 && x.end <= a.tokens[range[1]]!.end);
      const before = [...out].reverse().find((x) => x.kind === "visit" && x.host && a.tokenSentence[x.trigger] === a.tokenSentence[hit.first]);
      const host = destinations[0] ?? before?.host ?? null;
      // The visitor may be named after the earlier visit word ("الثالثة للرئيس المصري إلى الهند"): the sentence's states.
      const [sf, sl] = a.sentenceTokens[a.tokenSentence[hit.first]!]!;
      const parts = [...new Set([...(before?.participants ?? []), ...participants, ...(before ? statesInRange(a, sf, sl) : []), ...(host ? [host] : [])])];
      if (listed.length >= 2 && host && parts.length >= 2) {
        for (const x of listed) out.push({ trigger: hit.first, kind, name: null, participants: [...parts], host, date: x.value, attendees: people.map((o) => o.id), evidence: evidenceFor(a, t.start, a.tokens[hit.last]!.end), hostStated: true, anaphor: false, separate: true });
        continue;
      }
    }
    if (kind === "visit" && destinations.length > 1) {
      // A tour of several countries: one visit per host.
      // The visitor: named in the clause, else (for "the tour will also include ...") the state the sentence before ends with.
      // A state named as a place or a host ("حل ضيفاً على مصر في مستهل جولة", "in Cairo at the start of a tour") is the
      // first stop, not the visitor; then an official named earlier in the sentence is.
      const hosts = a.states.filter((m) => m.first >= range[0] && m.first < hit.first && (isPlacePosition(a, m.first) || guestOf(a, m.first))).map((m) => m.iso2);
      const [sentenceFirst] = a.sentenceTokens[a.tokenSentence[hit.first]!]!;
      const visitor = people.map((o) => o.state).find((p) => p && !destinations.includes(p)) ?? participants.find((p) => !destinations.includes(p) && !hosts.includes(p))
        ?? officialsInRange(a, officials, sentenceFirst, hit.first - 1).map((o) => o.state).find((p) => p && !destinations.includes(p) && !hosts.includes(p))
        // "الجولة", "the tour": the traveller of the trip told before.
        ?? ((t.arabic ? /^[وفبل]?ال/.test(t.norm) : /^(the|this|his|her)$/.test(a.tokens[hit.first - 1]?.norm ?? "")) ? travellerBefore(out, null) : null)
        ?? previousSentenceState(a, hit.first, destinations);
      for (const h of hosts) if (h !== visitor && !destinations.includes(h)) destinations.unshift(h);
      const d = nearestDate(a, hit.first, range);
      for (const dest of destinations) {
        out.push({ trigger: hit.first, kind, name: null, participants: visitor ? [visitor, dest] : [dest], host: dest, date: d?.value ?? null, attendees: people.map((o) => o.id), evidence: evidenceFor(a, t.start, a.tokens[hit.last]!.end), hostStated: true, anaphor: false });
      }
      continue;
    }
    if (destinations.length === 1) { host = destinations[0]!; hostStated = true; }
    // "stopped in Abu Dhabi to meet UAE President ..., and then in AlUla", "drove to Ramallah ..., and flew the same
    // evening to Manama": a second stop in one sentence continues the trip told first in it; the officials met at
    // the first stop are not travellers.
    const legWord = kind === "visit" && (LEG_TRIGGER.test(a.tokens.slice(hit.first, hit.last + 1).map((w) => w.cores.at(-1)).join(" ")) || /^(arriving|arrived|landed)$/.test(t.norm));
    const earlierStop = legWord && destinations.length === 1
      ? [...out].reverse().find((x) => x.kind === "visit" && x.host && x.host !== destinations[0] && x.participants.length === 2 && a.tokenSentence[x.trigger] === a.tokenSentence[hit.first])
      : undefined;
    if (earlierStop) { participants.length = 0; participants.push(earlierStop.participants.find((p) => p !== earlierStop.host)!); }
    // "arrived in Paris on Friday ..., then travelled to Athens": a later leg's clause names no visitor; the
    // sentence's subject (its first official, else its first state not named as a place) is the visitor.
    else if (kind === "visit" && destinations.length === 1 && participants.every((p) => p === destinations[0])) {
      const [sf] = a.sentenceTokens[a.tokenSentence[hit.first]!]!;
      const visitor = officialsInRange(a, officials, sf, range[0] - 1).map((o) => o.state).find((p) => p && p !== host)
        ?? a.states.find((m) => m.first >= sf && m.last < range[0] && m.iso2 !== host && !isPlacePosition(a, m.first) && !placeDemonym(a, m))?.iso2
        // "He then flew on to Crete", "The last leg of the tour took him to Egypt": the traveller of the trip told before.
        ?? (legWord ? travellerBefore(out, host) : null);
      if (visitor) participants.push(visitor);
    }
    for (let k = range[0]; k <= range[1] && !hostStated; k++) {
      const w = a.tokens[k]!;
      if (HOSTED.test(w.norm) || HOSTED.test(w.cores.at(-1)!)) {
        const placeKinds = (s: { kind: string }) => s.kind === "capital" || s.kind === "name" || s.kind === "alias" || s.kind === "demonym" || s.kind === "institution";
        const after = a.states.find((s) => s.first > k && s.last <= range[1] && (placeKinds(s) || placeDemonym(a, s)));
        const by = a.tokens[k + 1]?.norm === "by" ? officialsInRange(a, officials, k + 1, Math.min(range[1], k + 6))[0]?.state
          ?? a.states.find((s) => s.first === k + 2 || s.first === k + 3)?.iso2 : null;
        // English puts the host first ("Qatar hosted the ministers"); Arabic verbs come first ("استضافت الرياض").
        // Arabic also puts a place before the verb ("أعلنت أن الدوحة ستستضيف المحادثات").
        const subject = a.stateAt[k - 1] && a.stateAt[k - 1]!.last === k - 1 && a.stateAt[k - 1]!.kind !== "demonym" ? a.stateAt[k - 1]!.iso2 : null;
        const before = !w.arabic && a.tokens[k + 1]?.norm !== "by"
          ? [...a.states].reverse().find((s) => s.last < k && s.first >= range[0] && placeKinds(s))?.iso2
            ?? [...officialsInRange(a, officials, range[0], k - 1)].pop()?.state ?? null
          : w.arabic ? subject : null;
        // "استضافت جدة القمة", "احتضنت مدينة العلا": a well-known city right after the Arabic verb.
        const city = w.arabic ? cityMatcher().matchAll(a.tokens, k + 1, Math.min(range[1], k + 3) + 1)[0]?.payload ?? null : null;
        // "استضاف السيسي العاهل الأردني": an official right after the Arabic verb is its subject, the host; the state
        // named after him is the guest's.
        let subjectOfficial: string | null = null;
        if (w.arabic) for (let j = k + 1; j <= Math.min(range[1], k + 2) && !subjectOfficial; j++) {
          if (a.stateAt[j]) break;
          subjectOfficial = officialAt(a, officials, j)?.official.state ?? null;
        }
        host = by ?? before ?? subjectOfficial ?? (city && (!after || after.first > k + 3) ? city : after?.iso2) ?? null;
        hostStated = !!host;
      }
    }
    if (!hostStated && kind !== "call") {
      // "في الرباط", "at the Elysee Palace, in the capital, Paris", "à Rabat", "in Jeddah": a place in the clause.
      // A state's own name is a place right after the event word ("talks in Turkey") or as "الجزائر العاصمة".
      const place = a.states.find((s) => s.first >= range[0] && s.last <= range[1] && !topicMention(a, s) && (isPlacePosition(a, s.first)
        && (s.kind === "capital" || s.kind === "institution" || s.kind === "name" && (/^(العاصمه|capital)$/.test(a.tokens[s.last + 1]?.norm ?? "") || s.first > hit.last && s.first - hit.last <= 3))
        || placeDemonym(a, s) && placeAfterPreposition(a, s.first)));
      if (place) host = place.iso2;
      else {
        const city = cityMatcher().matchAll(a.tokens, range[0], range[1] + 1).find((c) => isPlacePosition(a, c.first));
        if (city) host = city.payload;
        else {
          // "قمة النقب", "Negev Summit", "the Jeddah summit": an event named after a venue is held in its state.
          const venue = namedVenue(a, hit.first, hit.last);
          if (venue) { host = venue; hostStated = true; }
        }
      }
    }
    // "The trip ... opened on Saturday in Istanbul, where Blinken met Turkish President ...": a visit whose clause names
    // only its place has as visitor an official of another state named in its sentence.
    if (kind === "visit" && host && participants.every((p) => p === host)) {
      const [sf, sl] = a.sentenceTokens[a.tokenSentence[hit.first]!]!;
      const visitor = officialsInRange(a, officials, sf, sl).map((o) => o.state).find((p) => p && p !== host)
        ?? (legWord ? travellerBefore(out, host) ?? lastOfficialStateBefore(a, officials, sf, host) : null);
      if (visitor) participants.push(visitor);
    }
    const window = a.tokens.slice(Math.max(range[0], hit.first - 4), hit.last + 2);
    const virtual = window.some((w) => VIRTUAL.test(w.norm) || VIRTUAL.test(w.cores.at(-1)!));
    if (virtual && !hostStated) host = null;
    // The dateline places what the lead paragraph reports ("MADRID — ... signed on Tuesday").
    const dl = dateline(a);
    if (!host && !virtual && kind !== "call" && dl && t.start < dl.leadEnd) host = dl.iso2;
    if (kind === "conference" && /^(press|صحفي|de presse)/.test(next?.norm ?? "")) kind = "meeting";
    // "The two leaders later held talks at Downing Street on support for Ukraine": with the two sides as its subject,
    // an event is between the pair told before; states named after the subject are topics or places.
    const twoSides = kind === "meeting" || kind === "call" || kind === "summit" ? twoSidesSubject(a, range[0], hit.first) : -1;
    if (twoSides >= 0) {
      const pair = recentSides(a, officials, twoSides);
      if (pair && !pair.every((p) => participants.includes(p)) && statesInRange(a, range[0], twoSides).length === 0) {
        participants.length = 0;
        participants.push(...pair);
        if (host && !pair.includes(host) && !hostStated) host = null;
      }
    }
    if (mentionsBothSides(a, range[0], range[1]) && participants.length < 2) {
      // "the two countries", "البلدان": the pair named just before, else the article's main pair (filled in later).
      const pair = recentPair(a, hit.first);
      participants.length = 0;
      if (pair && (!host || pair.includes(host))) participants.push(...pair);
    }
    // "The treaty was signed in April 2010 ... at a ceremony in Prague, and entered into force in February 2011": the
    // event of a signing told before it in its clause takes the signing's date.
    let signedAt = -1;
    const atEvent = [1, 2].some((b) => /^(at|during|خلال|اثناء)$/.test(a.tokens[hit.first - b]?.cores.at(-1) ?? "") && (b === 1 || /^(a|an|the)$/.test(a.tokens[hit.first - 1]!.norm)));
    if (atEvent) for (let k = hit.first - 1; k >= range[0]; k--) if (/^(signed|وقع|وقعت|وقعا|وقعه|وقعها|signe|signee)$/.test(a.tokens[k]!.cores.at(-1)!)) { signedAt = k; break; }
    const ownDate = (signedAt >= 0 ? nearestDate(a, signedAt, range) : null) ?? nearestDate(a, hit.first, range);
    // An event still to come did not happen on a day already past ("announced on Monday that the leaders will meet").
    // Nor did talks told as held ("said at a joint press conference that troops would join a mission due early next year")
    // happen on a day still to come: such a date is another thing's.
    const coming = toCome(a, hit.first, range[0]);
    const own = ownDate && a.published && (coming && ownDate.value < a.published.slice(0, ownDate.value.length)
      || !coming && kind === "meeting" && ownDate.value > a.published.slice(0, ownDate.value.length)) ? null : ownDate;
    // The lead's news day dates what happened, not what is still to come.
    const d = own ?? (toCome(a, hit.first, range[0]) ? null : leadDate(a, hit.first));
    // "وخلال المؤتمر الصحفي الذي عقده الرئيسان": a press conference or ceremony on the day of the lead's event, with no
    // place of its own, is held where the lead says that event was ("وقّع الرئيسان اليوم ... في مدينة شوشة الأذرية").
    // "at a ceremony in the Czech capital, Prague": a ceremony is an event only where the text places it.
    if (t.norm === "ceremony" && hit.first === hit.last && !host) continue;
    const words = a.tokens.slice(hit.first, hit.last + 1).map((w) => w.cores.at(-1)).join(" ");
    let leadHost = false;
    if (!host && !virtual && kind === "meeting" && /(press|news) conference|signing ceremony|موتمر صحفي|ندوه صحا?فيه|^حفل$|conference de presse/.test(words)) {
      const lead = leadPlace(a);
      if (lead && d && lead.date === d.value) { host = lead.iso2; leadHost = true; }
    }
    const name = meetingName(a, hit.first, hit.last, kind);
    const prevTok = a.tokens[hit.first - 1];
    // "After the summit he flew on to Rabat", "بعد القمة توجه إلى": an event told before, named as a point in time;
    // the place and day of its clause belong to what follows.
    // "وتأتي الزيارة تنفيذاً للاتفاق الذي ...", "The visit comes after ...": the visit told before, as the subject of a
    // sentence about its background; the dates and places of that sentence are the background's.
    const backgroundOf = kind === "visit" && !name && destinations.length === 0 && (t.arabic
      ? /^[وف]?(تاتي|ياتي|جاءت|جاء|تندرج)$/.test(prevTok?.norm ?? "") && /^[وفبل]?ال/.test(t.norm)
      : /^(the|this)$/.test(prevTok?.norm ?? "") && /^(comes|came)$/.test(a.tokens[hit.last + 1]?.norm ?? ""));
    if (backgroundOf) {
      out.push({ trigger: hit.first, kind, name: null, participants: [], host: null, date: null, attendees: [], evidence: evidenceFor(a, t.start, a.tokens[hit.last]!.end), hostStated: false, anaphor: true });
      continue;
    }
    if (kind !== "visit" && kind !== "call" && !name && (t.arabic
      // "على هامش القمة": the summit told before; the clause is the sidelines event's.
      ? /^(بعد|قبل|عقب|اثر|وبعد|وعقب|هامش)$/.test(prevTok?.norm ?? "") && /^[وفبل]?ال/.test(t.norm)
      : /^(the|this)$/.test(prevTok?.norm ?? "") && (/^(after|before|following|since)$/.test(a.tokens[hit.first - 2]?.norm ?? "")
        // "on the eve of the summit", "on the margins of the summit": the summit told before; the clause is another event's.
        || a.tokens[hit.first - 2]?.norm === "of" && /^(eve|ahead|end|close|run-up|sidelines|margins|margin|sideline)$/.test(a.tokens[hit.first - 3]?.norm ?? ""))
        && a.tokens[hit.first]!.end === a.tokens[hit.last]!.end && !a.tokens[hit.first + 1]?.capitalized)) {
      out.push({ trigger: hit.first, kind, name: null, participants: [], host: null, date: null, attendees: [], evidence: evidenceFor(a, t.start, a.tokens[hit.last]!.end), hostStated: false, anaphor: true });
      continue;
    }
    const anaphor = !own && !name && !hostStated && (t.arabic ? /^[وفبل]?ال/.test(t.norm)
      : /^(the|this|that|these|those|les|la|le|ces|cette)$/.test(prevTok?.norm ?? ""));
    // "مشاركة الوفود في اجتماعات مجلس الجامعة", "to attend meetings of the council": a body's sittings in general, not an event.
    if (kind === "meeting" && /^(اجتماعات|meetings|sessions)$/.test(t.cores.at(-1)!) && /^(مجلس|المجلس|لجان|اللجان|هيئات|of)$/.test(a.tokens[hit.last + 1]?.cores.at(-1) ?? "")
      && /^(في|attend|in)$/.test(a.tokens[hit.first - 1]?.norm ?? "")) continue;
    // "لبحث سبل التعاون", "للتباحث": the purpose of an event told around it, not an event of its own.
    if (t.arabic && /^ل(بحث|تباحث|مناقشه)$/.test(t.cores[t.cores.length > 1 && t.cores[0]!.startsWith("و") ? 1 : 0]!)) continue;
    // "زيارة خارجية ... يلتقي خلالها مع زعماء تلك الدول", "a tour during which he meets": talks during a visit told in
    // the same sentence are part of it.
    if (kind === "meeting" && !name && /^(خلالها|خلاله|اثناءها|during)$/.test(a.tokens[hit.last + 1]?.cores.at(-1) ?? "")
      && out.some((x) => x.kind === "visit" && a.tokenSentence[x.trigger] === a.tokenSentence[hit.first])) continue;
    // "Talks on delimiting the border had dragged on for years", "مفاوضات استمرت لسنوات": a series, not an event.
    if (kind === "meeting" && !name && vagueSeries(a, hit.last, range[1])) continue;
    // Exercises talked about in general ("opportunities to take part in exercises") are not events.
    if (kind === "exercise" && !name && (!d || hypotheticalExercise(a, hit.first, hit.last))) continue;
    // "calls in which the emir spoke separately with Sheikh Tamim and with the Saudi crown prince": one call
    // (or meeting) per counterpart of the first party named.
    const separately = kind !== "visit" && kind !== "summit" && !name && a.tokens.slice(range[0], range[1] + 1).some((w) => SEPARATELY.test(w.norm));
    const order = separately ? partiesInOrder(a, officials, range[0], range[1]) : [];
    // "Xi ... met Albanese on Tuesday, and also saw French President Macron": the sentence's subject and the one seen.
    if (kind === "meeting" && t.norm === "saw" && prevTok?.norm === "also") {
      const [sf] = a.sentenceTokens[a.tokenSentence[hit.first]!]!;
      const guest = officialsInRange(a, officials, hit.last + 1, Math.min(range[1], hit.last + 6))[0]?.state ?? a.states.find((s) => s.first > hit.last && s.first <= hit.last + 3)?.iso2;
      const subject = officialsInRange(a, officials, sf, hit.first - 1).map((o) => o.state).find((s) => s && s !== guest)
        ?? a.states.find((s) => s.first >= sf && s.first < hit.first && s.iso2 !== guest && !topicMention(a, s))?.iso2;
      if (guest && subject) {
        out.push({ trigger: hit.first, kind, name: null, participants: [subject, guest], host: null, date: d?.value ?? null, attendees: people.map((o) => o.id),
          evidence: evidenceFor(a, t.start, a.tokens[hit.last]!.end), hostStated: false, anaphor: false, separate: true });
        continue;
      }
    }
    if (order.length >= 3) {
      for (const other of order.slice(1)) {
        out.push({ trigger: hit.first, kind, name, participants: [order[0]!, other], host: kind === "call" ? null : host, date: d?.value ?? null, attendees: people.map((o) => o.id),
          evidence: evidenceFor(a, t.start, a.tokens[hit.last]!.end), hostStated: false, anaphor: false, separate: true });
      }
      continue;
    }
    // "أن المباحثات تناولت الوضع في ليبيا", "the talks also covered Sudan": with the talks told before as subject, the
    // states after the word are topics; only those named before it, or by an official, take part.
    if (anaphor && kind === "meeting" && !hostStated) {
      const before = new Set([...statesInRange(a, range[0], hit.first - 1), ...officialsInRange(a, officials, range[0], range[1]).map((o) => o.state)]);
      for (let k = participants.length - 1; k >= 0; k--) if (!before.has(participants[k]!)) participants.splice(k, 1);
      if (host && !leadHost && !before.has(host) && a.states.some((x) => x.iso2 === host && x.first > hit.last && x.first <= range[1])) host = null;
    }
    out.push({
      trigger: hit.first, kind, name, participants: host && !participants.includes(host) ? [...participants, host] : participants,
      host, date: d?.value ?? null, attendees: people.map((o) => o.id), evidence: evidenceFor(a, t.start, a.tokens[hit.last]!.end), hostStated, anaphor,
      future: toCome(a, hit.first, range[0]), virtual, venue: kind === "visit" ? null : namedVenue(a, hit.first, hit.last),
      inPerson: /face-to-face|in-person|in person/.test(a.text.slice(a.tokens[Math.max(0, hit.first - 4)]!.start, t.start).toLowerCase()),
      ordinal: kind !== "visit" && (t.arabic ? ORDINAL.test(a.tokens[hit.last + 1]?.norm ?? "") : ORDINAL.test(prevTok?.norm ?? "")),
    });
  }
  return out;
}

/** "توجه الحسين بالشكر إلى", "توجه بالتهنئة": a "ب..." phrase between the verb and "إلى" (with thanks, an appeal). */
function turnedWith(a: AnalyzedText, last: number, end: number): boolean {
  for (let k = last + 1; k <= Math.min(end, last + 5); k++) {
    const t = a.tokens[k]!;
    if (TO.test(t.norm)) return false;
    if (/^[وف]?بال/.test(t.norm)) return true;
  }
  return false;
}

const WITH = /^(مع|with)$/;
const MEETING_ADJECTIVE = /^(ثناييا|ثنايي|اخر|منفصلا|مغلقا|مطولا|bilateral|separate|private|closed-door|brief|another|a|an)$/;
/**
 * A meeting word followed, past an adjective or two ("لقاءً ثنائياً", "a bilateral meeting"), by "مع"/"with" and an official
 * or a state: that counterpart and the subject (the last official or state of another state named before the word in
 * its sentence). Null when either is missing.
 */
function withCounterpart(a: AnalyzedText, officials: ExtractedOfficial[], first: number, last: number, range: [number, number]): [string, string] | null {
  let k = last + 1;
  while (k <= range[1] && k - last <= 3 && !WITH.test(a.tokens[k]!.norm) && MEETING_ADJECTIVE.test(a.tokens[k]!.norm)) k++;
  if (k > range[1] || !WITH.test(a.tokens[k]!.norm)) return null;
  let other: string | null = null;
  for (let j = k + 1; j <= Math.min(range[1], k + 5) && !other; j++) {
    other = officialAt(a, officials, j)?.official.state ?? (a.stateAt[j] && a.stateAt[j]!.kind !== "demonym" ? a.stateAt[j]!.iso2 : null);
  }
  if (!other) return null;
  const [sf] = a.sentenceTokens[a.tokenSentence[first]!]!;
  for (let j = sf; j < first; j++) {
    const s = officialAt(a, officials, j)?.official.state ?? (a.stateAt[j] && !topicMention(a, a.stateAt[j]!) ? a.stateAt[j]!.iso2 : null);
    if (s && s !== other) return [s, other];
  }
  return null;
}

// Words of a later stop of a trip (folded cores): a visit only with a destination after them.
const LEG_TRIGGER = /^(he was in|she was in|flew|flying|drove to|driving to|stopped in|stopped off in|then to|then in|took him to|takes him to|took her to|takes her to|headed to|heads to|travel to|moved on to|went on to|leg|حط|حطت|انتقل الي|انتقلت الي|ثم الي|اتجه الي|انتقل|انتقلت|توجه|توجهت|اتجه|اتجهت)$/;

/** The visitor of the latest visit told before (not to the given host): who a later stop's "he" is. */
function travellerBefore(out: MeetingMention[], host: string | null): string | null {
  for (let i = out.length - 1; i >= 0; i--) {
    const m = out[i]!;
    if (m.kind !== "visit" || !m.host || m.participants.length !== 2) continue;
    const v = m.participants.find((p) => p !== m.host);
    if (v && v !== host) return v;
  }
  return null;
}

/** "After the summit he flew on to Rabat": with no trip told before, "he" is the official named last before the sentence. */
function lastOfficialStateBefore(a: AnalyzedText, officials: ExtractedOfficial[], before: number, not: string | null): string | null {
  for (let k = before - 1; k >= Math.max(0, before - 200); k--) {
    const o = officialAt(a, officials, k);
    if (o && o.official.state && o.official.state !== not) return o.official.state;
  }
  return null;
}

/** A future verb or phrase right before the event word: "سيعقد", "ستستضيف", "will hold", "is due to", "plans to". */
function toCome(a: AnalyzedText, i: number, lowest: number): boolean {
  // The trigger may carry it itself ("will meet").
  for (let k = i; k >= Math.max(lowest, i - 6); k--) {
    const t = a.tokens[k]!;
    if (t.arabic ? /^[وف]?(س[يت]|سن)..+/.test(t.norm) && FUTURE_VERB.test(t.norm.replace(/^[وف]?/, "").slice(1)) : /^(will|shall|would|plans|planned|scheduled|due|upcoming|forthcoming|next)$/.test(t.norm)) return true;
    // "agreed to hold the next round", "decided to convene a summit": a meeting decided on, not one held.
    if (!t.arabic && /^(hold|convene|organize|organise)$/.test(t.norm) && a.tokens[k - 1]?.norm === "to" && /^(agreed|agree|agrees|decided|decide|decides)$/.test(a.tokens[k - 2]?.norm ?? "")) return true;
  }
  // The event word first, its future verb after: "الجولة الثالثة ستعقد في أنقرة", "the next round will be held".
  for (let k = i + 1; k <= i + 3 && k < a.tokens.length && a.tokenSentence[k] === a.tokenSentence[i]; k++) {
    const t = a.tokens[k]!;
    if (t.arabic ? /^[وف]?(س[يت]|سن)..+/.test(t.norm) && /^[يتن](عقد|نعقد|قام|جري)/.test(t.norm.replace(/^[وف]?/, "").slice(1)) : t.norm === "will" && /^(be|take)$/.test(a.tokens[k + 1]?.norm ?? "")) return true;
  }
  return false;
}
// The present stem after the future prefix: "سيعقد" -> "يعقد", "ستستضيف" -> "تستضيف", "سيلتقي", "سيزور".
const FUTURE_VERB = /^[يتن](عقد|لتقي|زور|ستضيف|جري|بحث|شارك|توجه|صل)/;

/** "ضيفاً على مصر", "حل ضيفا على", "a guest of Egypt": the state after it hosts. */
function guestOf(a: AnalyzedText, i: number): boolean {
  const p1 = a.tokens[i - 1], p2 = a.tokens[i - 2];
  if (!p1) return false;
  if (p1.arabic) return p1.norm === "علي" && /^(ضيفا|ضيف|ضيوفا)$/.test(p2?.norm ?? "") || /^(ضيفا|ضيف)$/.test(a.tokens[i - 3]?.norm ?? "") && p1.norm === "علي";
  return p1.norm === "of" && /^(guest|guests)$/.test(p2?.norm ?? "");
}

/** The last state named in the sentence before token i's (leaving out the given ones), or null. */
function previousSentenceState(a: AnalyzedText, i: number, not: string[]): string | null {
  const s = a.tokenSentence[i]!;
  if (s === 0) return null;
  const [f, l] = a.sentenceTokens[s - 1]!;
  const found = a.states.filter((m) => m.first >= f && m.last <= l && !not.includes(m.iso2));
  return found.length ? found[found.length - 1]!.iso2 : null;
}

/** A plural visit word told as going both ways: "visits by both ministers", "زيارات متبادلة", "exchanged visits". */
function reciprocal(a: AnalyzedText, first: number, last: number, range: [number, number]): boolean {
  if (!/^(visits|زيارات)$/.test(a.tokens[last]!.cores.at(-1)!)) return false;
  const near = a.tokens.slice(Math.max(range[0], first - 2), Math.min(range[1], last + 4) + 1);
  return near.some((w) => /^(both|mutual|reciprocal|exchanged|exchange|exchanging|متبادله|المتبادله|تبادل|تبادلا|تبادلوا)$/.test(w.cores.at(-1)!));
}

const REGULAR = /^(regular|periodic|routine|shuttle|دوريه|منتظمه)$/;
// A joint body whose sitting is an event of its own: "للجنة", "لمجلس", "اللجنة", "المجلس".
const BODY = /^(للجنه|لمجلس|اللجنه|المجلس|لهييه|الهييه)$/;
const WISHED = /^(like|hope|hopes|hoping|wish|wishes|want|wants|willing|ready|prepared|could|might|يرغب|ترغب|رغبته|رغبتها|يامل|تامل|مستعد|مستعده|مستعدا|استعداده|استعدادها)$/;
const CALENDAR_WORD = /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const ROUND_ORDINAL = /^(ثانيه|ثالثه|رابعه|خامسه|الثانيه|الثالثه|الرابعه|الخامسه)$/;
const ORDINAL = /^(second|third|fourth|fifth|الثاني|الثالث|الرابع|الخامس|الثانيه|الثالثه|الرابعه|الخامسه|ثان|ثانيه|ثالث|ثالثه)$/;
const SEPARATELY = /^(separately|separate|respectivement|separement|منفصله|منفصلين|حده)$/;

/** The states of a clause in the order the text first names them (a state, or an official's state). */
function partiesInOrder(a: AnalyzedText, officials: ExtractedOfficial[], first: number, last: number): string[] {
  const found: [number, string][] = [];
  for (let k = first; k <= last; k++) {
    const sm = a.stateAt[k];
    if (sm && sm.first === k) found.push([k, sm.iso2]);
    const o = officialAt(a, officials, k);
    if (o && o.first === k && o.official.state) found.push([k, o.official.state]);
  }
  return [...new Set(found.sort((x, y) => x[0] - y[0]).map(([, iso2]) => iso2))];
}

/**
 * Where the lead's first event takes place and its day: the first place the lead sentence gives ("في مدينة شوشة
 * الأذرية", "in Riyadh", "at the Elysee"), with the day of that sentence (else the news day).
 */
function leadPlace(a: AnalyzedText): { iso2: string; date: string | null } | null {
  for (let s = 0; s < Math.min(3, a.sentences.length); s++) {
    const [sf, sl] = a.sentenceTokens[s]!;
    if (sl < sf || a.tokens[sf]!.start > 600) break;
    const sm = a.states.find((m) => m.first >= sf && m.last <= sl && (isPlacePosition(a, m.first) && (m.kind === "capital" || m.kind === "institution") || placeDemonym(a, m) && placeAfterPreposition(a, m.first)));
    const city = sm ? null : cityMatcher().matchAll(a.tokens, sf, sl + 1).find((c) => isPlacePosition(a, c.first));
    const iso2 = sm?.iso2 ?? city?.payload;
    if (!iso2) continue;
    const at = sm?.first ?? city!.first;
    return { iso2, date: leadDate(a, at)?.value ?? null };
  }
  return null;
}

/** "العاصمة السودانية", "the Spanish capital", "the Venezuelan border city of": a demonym that names a place. */
function placeDemonym(a: AnalyzedText, s: { kind: string; first: number; last: number }): boolean {
  // "مدينة شوشة الأذرية": a town's name, then the adjective of its state (a nisba or an adjective alias).
  if ((s.kind === "demonym" || s.kind === "alias") && a.tokens[s.first]!.arabic && /^(مدينه|المدينه|بلده|البلده)$/.test(a.tokens[s.first - 2]?.cores.at(-1) ?? "")
    && a.tokens[s.first - 1]?.arabic && !a.stateAt[s.first - 1]) return true;
  if (s.kind !== "demonym") return false;
  const prev = a.tokens[s.first - 1]?.cores.at(-1) ?? "";
  if (/^(العاصمه|عاصمه|مدينه|المدينه)$/.test(prev)) return true;
  // "the Greek island of Crete", "the Saudi desert town of AlUla": a place of that state.
  if (/^(island|islands|town|resort|region|province)$/.test(a.tokens[s.last + 1]?.norm ?? "") && a.tokens[s.last + 2]?.norm === "of"
    || /^(desert|coastal|mountain|seaside|holy|port)$/.test(a.tokens[s.last + 1]?.norm ?? "") && /^(town|city|resort)$/.test(a.tokens[s.last + 2]?.norm ?? "")) return true;
  return /^(capital|city|capitale|ville)$/.test(a.tokens[s.last + 1]?.norm ?? "") || /^(border|port|coastal)$/.test(a.tokens[s.last + 1]?.norm ?? "") && /^(city|town)$/.test(a.tokens[s.last + 2]?.norm ?? "");
}

function isPlacePosition(a: AnalyzedText, i: number): boolean {
  const t = a.tokens[i]!, prev = a.tokens[i - 1];
  if (t.arabic) return /^[بف]?(ب|في)/.test(t.norm) || prev?.norm === "في";
  // "in the Oval Office", "at the White House".
  if (prev?.norm === "the" && /^(in|at)$/.test(a.tokens[i - 2]?.norm ?? "")) return true;
  return !!prev && /^(in|at|a|capital|au)$/.test(prev.norm);
}

/**
 * Destinations right after a visit word: "إلى المغرب", "للقاهرة", "to the Solomon Islands", "visited Turkey", "au Maroc",
 * a well-known city ("وصل إلى جدة", "arrived in Jeddah"), and after an Arabic verb its subject: "زار وزير الخارجية
 * السوري فيصل المقداد جدة", "زار دراغي الجزائر" (verb, visitor, then the place visited).
 */
function destinationsAfter(a: AnalyzedText, last: number, end: number, officials: ExtractedOfficial[]): string[] {
  const out: string[] = [];
  let k = last + 1;
  let seenTo = false;
  const verb = a.tokens[last]!;
  if (verb.arabic && verb.cores.some((c) => VISIT_VERB.test(c)) && !a.stateAt[k]) {
    // The visitor: an official named within a few words (his title before him), then the place right after.
    for (let j = k; j <= Math.min(end, k + 6); j++) {
      if (TO.test(a.tokens[j]!.norm) || a.stateAt[j] && a.stateAt[j]!.kind !== "demonym") break;
      const o = officialAt(a, officials, j);
      if (!o) continue;
      // "زار المقداد مدينة جدة", "حطّ الوزير ... في دمشق": a preposition or "city" may come before the place.
      let at = o.last + 1;
      while (at <= Math.min(end, o.last + 3) && /^(في|الي|مدينه|العاصمه|بمدينه|العاصمه)$/.test(a.tokens[at]!.norm) && !a.stateAt[at]) at++;
      const place = placeAt(a, at);
      if (place) return [place];
      break;
    }
  }
  for (let steps = 0; k <= end && steps < 10; steps++) {
    const t = a.tokens[k]!;
    const sm = a.stateAt[k];
    const city = !sm && (seenTo || out.length > 0 || k === last + 1) ? cityMatcher().matchAt(a.tokens, k) : null;
    if (city) { if (!out.includes(city.payload)) out.push(city.payload); k = city.last + 1; continue; }
    if (sm && sm.first === k && (sm.kind !== "demonym" || out.length > 0 || placeDemonym(a, sm))) {
      // "ليبيا", "لبنان": a name that itself opens with ل is not "to" + name.
      const prefixed = t.arabic && /^(ل|لل|ال|الي|و|ب)/.test(t.norm) && !t.norm.startsWith("ال") && !wholeStateWord(t.norm);
      // "زيارة سلطنة عمان", "visited Turkey": a state named right after the visit word is its destination.
      // Not across punctuation: "after the summit, Saudi Foreign Minister ..." names no destination.
      // "visited the White House": an article may come between.
      const direct = sm.kind !== "demonym" && /^[\s]+(?:(?:the|la|le|les|l')\s*)?$/i.test(a.text.slice(a.tokens[last]!.end, t.start));
      if (seenTo || prefixed || direct || out.length > 0) { if (!out.includes(sm.iso2)) out.push(sm.iso2); k = sm.last + 1; continue; }
      break;
    }
    // "عاد دراغي إلى روما", "returned to Rome": the way home is not a destination.
    if (/^(عاد|عادت|غادر|غادرت|returned|returns|left|departed|rentre|rentree)$/.test(t.cores.at(-1)!)) break;
    // "وتأتي الزيارة في ظل توتر بين مقديشو وأديس أبابا", "amid tension between": the background, not a destination.
    if (!seenTo && out.length === 0 && /^(ظل|وسط|بين|amid|between|despite|رغم)$/.test(t.norm)) break;
    if (TO.test(t.norm) || TO.test(t.cores.at(-1)!)) { seenTo = true; k++; continue; }
    if (/^(العاصمه|عاصمه|capital)$/.test(t.cores.at(-1)!) && seenTo) { k++; continue; }
    if (out.length > 0 && /^(and|et|و)$/.test(t.norm)) { k++; continue; }
    if (/^(the|la|le|l|official|officielle|officiel|رسميه|رسمي|خارجيه|عمل|قصيره|state|two-day|first|historic|first-ever|de|du|des|deux|jours|بزياره|زياره|عزيزا|ايضا|also|will|would)$/.test(t.norm) || /^\d/.test(t.norm)) { k++; continue; }
    // "include Hawaii, Fiji and Papua New Guinea": a place the gazetteer does not know, inside a list, is skipped.
    if (seenTo && !sm && !t.arabic && t.capitalized) {
      let e = k;
      while (a.tokens[e + 1]?.capitalized && /^\s+$/.test(a.text.slice(a.tokens[e]!.end, a.tokens[e + 1]!.start)) && !a.stateAt[e + 1]) e++;
      if (/^\s*,\s*$/.test(a.text.slice(a.tokens[e]!.end, a.tokens[e + 1]?.start ?? a.tokens[e]!.end)) || /^(and|et)$/.test(a.tokens[e + 1]?.norm ?? "")) { k = e + 1; continue; }
    }
    // A list of destinations ends at the first other word ("زيارته للقاهرة وتوقيع 14 اتفاقية ... سعودي").
    if (seenTo && !sm || out.length > 0 && !sm) break;
    if (!seenTo && steps >= 7) break;
    k++;
  }
  return out;
}

/** A folded word that names a state as it stands, without a clitic taken off ("ليبيا", "لبنان", "بولندا"). */
function wholeStateWord(norm: string): boolean {
  const tok: Token = { start: 0, end: norm.length, foldedStart: 0, foldedEnd: norm.length, norm, cores: [norm], bare: stripArticle(norm), arabic: true, capitalized: false, allCaps: false, index: 0 };
  return stateMatcher().matchAt([tok], 0) !== null;
}

// Arabic verbs of visiting whose object is the place: "زار", "يزور", "زارت", "تزور".
const VISIT_VERB = /^(زار|زارت|يزور|تزور|زارا|زاروا|حط|حطت)$/;

/** A state (not as an adjective) or a well-known city starting at token i: its state. */
function placeAt(a: AnalyzedText, i: number): string | null {
  const sm = a.stateAt[i];
  if (sm && sm.first === i) return sm.kind === "demonym" ? null : sm.iso2;
  return i < a.tokens.length ? cityMatcher().matchAt(a.tokens, i)?.payload ?? null : null;
}

/** The event's designation: "Quad Leaders Summit", "قمة النقب" (named place), a numbered committee session. */
function meetingName(a: AnalyzedText, first: number, last: number, kind: MeetingKind): string | null {
  const t = a.tokens[first]!;
  if (!t.arabic) {
    let f = first;
    for (let k = first - 1; k >= 0 && first - k <= 4; k--) {
      const x = a.tokens[k]!;
      if (!x.capitalized || a.stateAt[k] && a.stateAt[k]!.kind !== "name" || /^(the|a|an|in|on|at)$/.test(x.norm)) break;
      if (!/^[\s-]+$/.test(a.text.slice(x.end, a.tokens[k + 1]!.start))) break;
      f = k;
    }
    if (f < first && a.tokens[last]!.capitalized) return a.text.slice(a.tokens[f]!.start, a.tokens[last]!.end);
    // "the first leaders' meeting of the India-Saudi Arabia Strategic Partnership Council": a sitting of a named joint body.
    if (/^(meeting|session|sitting)$/.test(t.norm) && a.tokens[last + 1]?.norm === "of" && a.tokens[last + 2]?.norm === "the") {
      let e = last + 2;
      while (e + 1 < a.tokens.length && e - last < 12 && a.tokens[e + 1]!.capitalized && a.tokenSentence[e + 1] === a.tokenSentence[first]) e++;
      if (e > last + 2 && /^(council|commission|committee|dialogue|board)$/.test(a.tokens[e]!.norm)) return a.text.slice(t.start, a.tokens[e]!.end);
    }
    // "their annual Ulchi Freedom Shield exercise": the whole capitalized run before the word, within the phrase; a month or
    // a weekday ("in August, drills that ...") names no exercise.
    if (kind === "exercise" && first > 0 && a.tokens[first - 1]!.capitalized && !a.stateAt[first - 1] && !CALENDAR_WORD.test(a.tokens[first - 1]!.norm)
      && /^[\s-]+$/.test(a.text.slice(a.tokens[first - 1]!.end, t.start))) {
      let f = first - 1;
      while (f > 0 && first - f < 5 && a.tokens[f - 1]!.capitalized && !a.stateAt[f - 1] && /^[\s-]+$/.test(a.text.slice(a.tokens[f - 1]!.end, a.tokens[f]!.start))
        && !/^(the|a|an|in|on|at|their|its)$/.test(a.tokens[f - 1]!.norm) && a.tokenSentence[f - 1] === a.tokenSentence[first]) f--;
      return a.text.slice(a.tokens[f]!.start, a.tokens[first - 1]!.end);
    }
    return null;
  }
  if (kind === "meeting" && /^(الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|الاولي|الثانيه|الثالثه|الرابعه|الخامسه|السادسه|السابعه|الثامنه|التاسعه|العاشره|للجنه|لمجلس)$/.test(a.tokens[last + 1]?.norm ?? "")) {
    // "الاجتماع السابع للجنة العسكرية المشتركة": a numbered session of a named committee.
    let e = last + 1;
    while (e + 1 < a.tokens.length && e - last < 8 && a.tokenSentence[e + 1] === a.tokenSentence[first] && /^[\s–-]+$/.test(a.text.slice(a.tokens[e]!.end, a.tokens[e + 1]!.start)) && /^(ال|لل)/.test(a.tokens[e + 1]!.norm)) e++;
    return a.text.slice(t.start, a.tokens[e]!.end).replace(/^[وفبل]+(?=ال)/, "");
  }
  if (kind === "summit") {
    const n = a.tokens[last + 1];
    // "قمة النقب": a summit followed by a place name that is not an adjective of a state or a common word.
    // Not a title or a common word opening the next phrase ("شارك في القمة الرئيس الأوكراني").
    if (n && n.norm.startsWith("ال") && !a.stateAt[last + 1] && !/^(الثلاثيه|الثنائيه|الخليجيه|العربيه|الاخيره|المقبله|المشتركه|الافتراضيه|التي|الاولي|الثانيه)$/.test(n.norm)
      && !NOT_A_SUMMIT_NAME.has(n.norm)) {
      return a.text.slice(t.start, n.end).replace(/^[وفبل]+(?=ق)/, "");
    }
    if (n && /^(الخليجيه|العربيه)$/.test(n.norm)) return a.text.slice(t.start, n.end).replace(/^[وفبل]+(?=ال)/, "");
  }
  return null;
}

// First words of Arabic titles and honorifics, and words that cannot name a place: after "القمة" they open the next phrase.
const NOT_A_SUMMIT_NAME = foldedSet([...ARABIC_TITLES.map(([t]) => t), ...ARABIC_HONORIFICS.map(([t]) => t)].map((t) => t.split(" ")[0]!)
  .concat([...ARABIC_NAME_STOPWORDS, ...ARABIC_MINISTER_WORDS]));

/** A state or an official named within a few words after a verb of receiving. */
function guestAfter(a: AnalyzedText, officials: ExtractedOfficial[], last: number, end: number): boolean {
  const to = Math.min(end, last + 5);
  for (let k = last + 1; k <= to; k++) if (a.stateAt[k]) return true;
  return officialsInRange(a, officials, last + 1, to).length > 0;
}

const SERIES_SPAN = /^(years|decades|months|سنوات|عقود|اشهر|شهور|لسنوات|لعقود|لاشهر)$/;
/** Talks told as lasting years or months ("dragged on for years", "على مدى سنوات"): a vague series. */
function vagueSeries(a: AnalyzedText, last: number, end: number): boolean {
  for (let k = last + 1; k <= Math.min(end, last + 14); k++) {
    const t = a.tokens[k]!;
    if (!SERIES_SPAN.test(t.norm)) continue;
    const prev = a.tokens[k - 1]!.norm;
    if (t.norm.startsWith("ل") || /^(for|over|many|several|منذ|مدي|عده)$/.test(prev) || /^(for|over)$/.test(a.tokens[k - 2]?.norm ?? "")) return true;
  }
  return false;
}

// "لبحث فرص المشاركة في مناورات", "the possibility of joining exercises", "international exercises": talk about exercises, not one held.
const EXERCISE_TALK = /^(فرص|فرصه|امكانيه|امكانيات|احتمال|opportunities|opportunity|possibility|possibilities|prospects|prospect|possibilite|possibilites|perspectives)$/
const GENERIC_EXERCISE = /^(دوليه|الدوليه|international|internationaux|internationales|future|مستقبليه)$/;
function hypotheticalExercise(a: AnalyzedText, first: number, last: number): boolean {
  const before = a.tokens.slice(Math.max(0, first - 5), first).filter((t) => a.tokenSentence[t.index] === a.tokenSentence[first]);
  if (before.some((t) => EXERCISE_TALK.test(t.norm) || EXERCISE_TALK.test(t.cores.at(-1)!))) return true;
  const after = a.tokens.slice(last + 1, last + 3);
  return after.some((t) => GENERIC_EXERCISE.test(t.norm)) && !after.some((t) => a.stateAt[t.index]);
}

/** A well-known venue that names the event: right after an Arabic event word ("قمة النقب"), right before a Latin one ("Negev Summit"). */
function namedVenue(a: AnalyzedText, first: number, last: number): string | null {
  const t = a.tokens[first]!;
  if (t.arabic) {
    const s = a.stateAt[last + 1];
    if (s && s.first === last + 1 && s.kind === "capital") return s.iso2;
    return cityMatcher().matchAt(a.tokens, last + 1)?.payload ?? null;
  }
  // "the Madrid summit", "the Jeddah talks"
  const s = a.stateAt[first - 1];
  if (s && s.last === first - 1 && s.kind === "capital") return s.iso2;
  for (const c of cityMatcher().matchAll(a.tokens, Math.max(0, first - 5), first)) if (c.last === first - 1) return c.payload;
  return null;
}

/** A place preposition shortly before a token: "في", "ب...", "in", "at", "à". */
function placeAfterPreposition(a: AnalyzedText, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = a.tokens[k]!;
    if (t.arabic ? t.norm === "في" || t.norm === "الي" || /^[وف]?(ب|في)ال/.test(t.norm) : /^(in|at|to|a|au|dans)$/.test(t.norm)) return true;
  }
  return false;
}
