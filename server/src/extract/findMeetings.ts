import type { AnalyzedText } from "./AnalyzedText.ts";
import { clauseRange, focusStates, mentionsBothSides, nearestDate, officialsInRange, statesInRange } from "./clauseContext.ts";
import { evidenceFor } from "./evidenceFor.ts";
import { MEETING_TRIGGERS } from "./eventTriggers.ts";
import { PhraseMatcher } from "./PhraseMatcher.ts";
import { stableId } from "./stableId.ts";
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
}

const TO = /^(الي|to|a|au|aux|en|in|into)$/;
const HOSTED = /^(hosted|host|hosts|hosting|تستضيف|استضاف|يستضيف|استضافت|accueille|accueilli)$/;
const VIRTUAL = /^(virtual|virtuel|virtuelle|افتراضيه|افتراضي|الافتراضيه|online|video)$/;
const NOT_EVENT_AFTER = /^(sites?|ceremony)$/;

/** Visits, summits, meetings, calls, exercises and conferences; one trip is one event. */
export function findMeetings(a: AnalyzedText, officials: ExtractedOfficial[], agreements: ExtractedAgreement[]): ExtractedMeeting[] {
  const mentions = findMentions(a, officials);
  const focus = focusStates(a);
  const events: MeetingMention[][] = [];
  for (const m of mentions) {
    const target = events.find((g) => sameEvent(g, m));
    if (target) target.push(m);
    else events.push([m]);
  }
  const out: ExtractedMeeting[] = [];
  for (const g of events) {
    const primary = g.find((m) => m.kind === "visit") ?? g.find((m) => m.kind === "summit") ?? g[0]!;
    const kind = primary.kind;
    const host = g.find((m) => m.hostStated)?.host ?? g.find((m) => m.host)?.host ?? null;
    const participants = new Set(g.flatMap((m) => m.participants));
    if (host) participants.add(host);
    for (const s of focus) { if (participants.size >= 2 || kind === "summit" && participants.size > 0) break; participants.add(s); }
    if (participants.size < 2 && !(kind === "summit" && g.some((m) => m.name))) continue;
    const date = g.map((m) => m.date).filter((d): d is string => !!d).sort((x, y) => y.length - x.length)[0] ?? null;
    const name = g.find((m) => m.name)?.name ?? null;
    const parts = [...participants].sort();
    const lo = Math.min(...g.map((m) => m.evidence.start)), hi = Math.max(...g.map((m) => m.evidence.end));
    const produced = agreements.filter((x) => x.evidence.some((e) => e.start >= lo && e.end <= hi) && x.parties.every((p) => parts.includes(p))).map((x) => x.id);
    out.push({
      id: stableId("meeting", [kind, parts.join("+"), host, date, name]),
      kind, name, participants: parts, host, location: host, date, endDate: null,
      attendees: [...new Set(g.flatMap((m) => m.attendees))], produced,
      evidence: g.slice(0, 5).map((m) => m.evidence),
      confidence: Math.min(0.9, 0.5 + 0.1 * g.length),
    });
  }
  const seen = new Set<string>();
  return out.filter((x) => (seen.has(x.id) ? false : (seen.add(x.id), true)));
}

const family = (k: MeetingKind) => (k === "summit" || k === "conference" ? "summit" : k);

function sameEvent(group: MeetingMention[], m: MeetingMention): boolean {
  const head = group[0]!;
  const dates = group.map((x) => x.date).filter(Boolean) as string[];
  if (m.date && dates.length && !dates.some((d) => d.startsWith(m.date!) || m.date!.startsWith(d))) return false;
  const gp = new Set(group.flatMap((x) => x.participants));
  const jac = m.participants.length && gp.size ? m.participants.filter((p) => gp.has(p)).length / new Set([...gp, ...m.participants]).size : 1;
  const hosts = group.map((x) => x.host).filter(Boolean);
  if (m.hostStated && hosts.length && !hosts.includes(m.host)) return false;
  if (m.name && group.some((x) => x.name && x.name !== m.name)) return false;
  if (family(m.kind) === "summit" || family(head.kind) === "summit") {
    if (family(m.kind) !== family(head.kind)) return false;
    return jac >= 0.5 && (!!m.date === false || dates.length === 0 || dates.includes(m.date!) || m.name !== null);
  }
  if (m.kind === "call" || head.kind === "call") return m.kind === head.kind && jac >= 0.5;
  if (m.kind === "exercise" || head.kind === "exercise") return m.kind === head.kind;
  // Talks, press conferences and ceremonies during a visit belong to it.
  return jac >= 0.5;
}

function findMentions(a: AnalyzedText, officials: ExtractedOfficial[]): MeetingMention[] {
  const out: MeetingMention[] = [];
  for (const hit of triggerMatcher(a.lang).matchAll(a.tokens)) {
    const t = a.tokens[hit.first]!;
    const next = a.tokens[hit.last + 1];
    if (next && NOT_EVENT_AFTER.test(next.norm) && hit.payload !== "meeting") continue;
    let kind = hit.payload;
    const range = clauseRange(a, hit.first);
    const states = statesInRange(a, range[0], range[1]);
    const people = officialsInRange(a, officials, range[0], range[1]);
    const participants = [...states];
    for (const o of people) if (o.state && !participants.includes(o.state)) participants.push(o.state);
    let host: string | null = null, hostStated = false;
    const destinations = destinationsAfter(a, hit.last, range[1]);
    if (kind === "visit" && destinations.length > 1) {
      // A tour of several countries: one visit per host.
      const visitor = participants.find((p) => !destinations.includes(p)) ?? null;
      const d = nearestDate(a, hit.first, range);
      for (const dest of destinations) {
        out.push({ trigger: hit.first, kind, name: null, participants: visitor ? [visitor, dest] : [dest], host: dest, date: d?.value ?? null, attendees: people.map((o) => o.id), evidence: evidenceFor(a, t.start, a.tokens[hit.last]!.end), hostStated: true });
      }
      continue;
    }
    if (destinations.length === 1) { host = destinations[0]!; hostStated = true; }
    for (let k = range[0]; k <= range[1] && !hostStated; k++) {
      const w = a.tokens[k]!;
      if (HOSTED.test(w.norm) || HOSTED.test(w.cores.at(-1)!)) {
        const after = a.states.find((s) => s.first > k && s.last <= range[1] && (s.kind === "capital" || s.kind === "name" || s.kind === "alias" || s.kind === "demonym" || s.kind === "institution"));
        const by = a.tokens[k + 1]?.norm === "by" ? officialsInRange(a, officials, k + 1, Math.min(range[1], k + 6))[0]?.state : null;
        host = by ?? after?.iso2 ?? null;
        hostStated = !!host;
      }
    }
    if (!hostStated && kind !== "call") {
      // "في الرباط", "at the Elysee Palace, in the capital, Paris", "à Rabat": a place in the clause.
      const place = a.states.find((s) => s.first >= range[0] && s.last <= range[1] && (s.kind === "capital" || s.kind === "institution") && isPlacePosition(a, s.first));
      if (place) host = place.iso2;
    }
    const window = a.tokens.slice(Math.max(range[0], hit.first - 4), hit.last + 2);
    if (window.some((w) => VIRTUAL.test(w.norm) || VIRTUAL.test(w.cores.at(-1)!)) && !hostStated) host = null;
    if (kind === "conference" && /^(press|صحفي|de presse)/.test(next?.norm ?? "")) kind = "meeting";
    if (mentionsBothSides(a, range[0], range[1]) && participants.length < 2) participants.length = 0;
    const d = nearestDate(a, hit.first, range);
    out.push({
      trigger: hit.first, kind, name: meetingName(a, hit.first, hit.last, kind), participants: host && !participants.includes(host) ? [...participants, host] : participants,
      host, date: d?.value ?? null, attendees: people.map((o) => o.id), evidence: evidenceFor(a, t.start, a.tokens[hit.last]!.end), hostStated,
    });
  }
  return out;
}

function isPlacePosition(a: AnalyzedText, i: number): boolean {
  const t = a.tokens[i]!, prev = a.tokens[i - 1];
  if (t.arabic) return /^[بف]?(ب|في)/.test(t.norm) || prev?.norm === "في";
  return !!prev && /^(in|at|a|capital|au)$/.test(prev.norm);
}

/** Destinations right after a visit word: "إلى المغرب", "للقاهرة", "to the Solomon Islands", "visited Turkey", "au Maroc". */
function destinationsAfter(a: AnalyzedText, last: number, end: number): string[] {
  const out: string[] = [];
  let k = last + 1;
  let seenTo = false;
  for (let steps = 0; k <= end && steps < 10; steps++) {
    const t = a.tokens[k]!;
    const sm = a.stateAt[k];
    if (sm && sm.first === k && (sm.kind !== "demonym" || out.length > 0)) {
      const prefixed = t.arabic && /^(ل|لل|ال|الي|و|ب)/.test(t.norm) && !t.norm.startsWith("ال");
      if (seenTo || prefixed || (out.length > 0) || (!t.arabic && a.lang === "en" && k === last + 1)) { if (!out.includes(sm.iso2)) out.push(sm.iso2); k = sm.last + 1; continue; }
      if (t.arabic && /^[وفب]?ال/.test(t.norm) && out.length === 0 && !seenTo) break;
      break;
    }
    if (TO.test(t.norm) || TO.test(t.cores.at(-1)!)) { seenTo = true; k++; continue; }
    if (out.length > 0 && /^(and|et|و)$/.test(t.norm)) { k++; continue; }
    if (/^(the|la|le|l|official|officielle|officiel|رسميه|رسمي|خارجيه|عمل|قصيره|state|two-day|first|historic|first-ever|de|du|des|deux|jours|بزياره|زياره)$/.test(t.norm) || /^\d/.test(t.norm)) { k++; continue; }
    if (seenTo && !sm) break;
    if (!seenTo && steps >= 3) break;
    k++;
  }
  return out;
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
    if (kind === "exercise" && first > 0 && a.tokens[first - 1]!.capitalized && !a.stateAt[first - 1]) return a.text.slice(a.tokens[first - 1]!.start, a.tokens[first - 1]!.end);
    return null;
  }
  if (kind === "summit") {
    const n = a.tokens[last + 1];
    // "قمة النقب": a summit followed by a place name that is not an adjective of a state or a common word.
    if (n && n.norm.startsWith("ال") && !a.stateAt[last + 1] && !/^(الثلاثيه|الثنائيه|الخليجيه|العربيه|الاخيره|المقبله|المشتركه|الافتراضيه|التي|الاولي|الثانيه)$/.test(n.norm)) {
      return a.text.slice(t.start, n.end).replace(/^[وفبل]+(?=ق)/, "");
    }
    if (n && /^(الخليجيه|العربيه)$/.test(n.norm)) return a.text.slice(t.start, n.end).replace(/^[وفبل]+(?=ال)/, "");
  }
  return null;
}
