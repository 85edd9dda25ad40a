import type { AnalyzedText } from "./AnalyzedText.ts";
import type { DateMention } from "./DateMention.ts";
import { CITIES } from "../data/cities.ts";
import { PhraseMatcher } from "./PhraseMatcher.ts";
import type { ExtractedOfficial } from "./types.ts";

// Words that open a new clause whose states are no longer the event's own.
const CLAUSE_BREAK = /^(which|who|where|after|before|following|amid|despite|while|whereas|adding|saying|noting|stressing|against|face|regarding|concerning|about|بعد|رغم|بينما|فيما|حيث|بشان|حول|ضد|لمواجهه|مواجهه|alors|apres|malgre|tandis|contre)$/;
// Brokers, critics and bystanders: "برعاية أميركية", "brokered by", "pressure from".
const NOT_PARTY_BEFORE = /^(برعايه|بوساطه|بحضور|brokered|mediated|sponsored|pressure|presence|witnessed|sous)$/;

/** Token range of the clause around a trigger: the sentence, cut at the next clause opener after it. */
export function clauseRange(a: AnalyzedText, trigger: number): [number, number] {
  const s = a.tokenSentence[trigger]!;
  // A clause is short; the window also keeps run-on text (no sentence ends) linear.
  const [sentenceFirst, sentenceLast] = a.sentenceTokens[s]!;
  const firstInSentence = Math.max(sentenceFirst, trigger - 60), lastInSentence = Math.min(sentenceLast, trigger + 60);
  let last = lastInSentence, first = firstInSentence;
  for (let k = trigger - 1; k > firstInSentence; k--) {
    const t = a.tokens[k]!;
    if (CLAUSE_BREAK.test(t.cores[t.cores.length - 1]!) || CLAUSE_BREAK.test(t.norm)) { first = k + 1; break; }
  }
  for (let k = trigger + 1; k <= lastInSentence; k++) {
    const t = a.tokens[k]!;
    if (CLAUSE_BREAK.test(t.cores[t.cores.length - 1]!) || CLAUSE_BREAK.test(t.norm)) { last = k - 1; break; }
    if (/[;؛]/.test(a.text.slice(a.tokens[k - 1]!.end, t.start))) { last = k - 1; break; }
  }
  return [first, last];
}

/** States named in a token range, in order, leaving out brokers and bystanders. */
export function statesInRange(a: AnalyzedText, first: number, last: number): string[] {
  const out: string[] = [];
  for (let k = first; k <= last; k++) {
    const m = a.stateAt[k];
    if (!m || m.first !== k || m.last > last) continue;
    const prev = a.tokens[m.first - 1], prev2 = a.tokens[m.first - 2];
    if (prev && (NOT_PARTY_BEFORE.test(prev.norm) || NOT_PARTY_BEFORE.test(prev.cores[prev.cores.length - 1]!))) continue;
    if (prev2 && prev && /^(from|by)$/.test(prev.norm) && NOT_PARTY_BEFORE.test(prev2.norm)) continue;
    if (!out.includes(m.iso2)) out.push(m.iso2);
  }
  return out;
}

/** Officials whose name appears in a token range. */
export function officialsInRange(a: AnalyzedText, officials: ExtractedOfficial[], first: number, last: number): ExtractedOfficial[] {
  const lo = a.tokens[first]?.start ?? 0, hi = a.tokens[last]?.end ?? 0;
  return officials.filter((o) => o.evidence.some((e) => e.spanStart >= lo && e.spanEnd <= hi));
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
    const score = Math.abs(d.start - pos) - d.value.length;
    if (score < bestScore) { best = d; bestScore = score; }
  }
  return best;
}

const SINCE = /^(since|depuis|منذ|ومنذ)\s/i;
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
  for (const [iso2, names] of CITIES) for (const n of names) cities.add(n, iso2, /[a-z]/i.test(n) ? "capitalized" : "any");
  return cities;
}
