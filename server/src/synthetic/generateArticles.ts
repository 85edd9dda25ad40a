import { createRandom } from "./createRandom.ts";
import { isoDay } from "./formatReportDate.ts";
import { OfficeHolders, type Office } from "./OfficeHolders.ts";
import type { SyntheticAgreementKind, SyntheticDomain, SyntheticEvent, SyntheticEventKind, SyntheticReport } from "./SyntheticEvent.ts";
import { SYNTHETIC_STATES, type SyntheticState } from "./syntheticStates.ts";
import { writeArabicReport } from "./writeArabicReport.ts";
import { writeEnglishReport } from "./writeEnglishReport.ts";

/** One article in the shape the ingest CLI reads from .jsonl. */
export interface SyntheticArticle {
  id: string;
  title: string;
  published: string;
  language: "en" | "ar";
  source: string;
  text: string;
}

export interface GenerateOptions {
  count: number;
  seed: number;
}

const FIRST_DAY = Date.UTC(2015, 0, 1) / 86_400_000;
const LAST_DAY = Date.UTC(2025, 11, 5) / 86_400_000;
const SOURCES = { en: ["Synthetic Wire", "Example News Agency", "Sample Daily"], ar: ["وكالة الأنباء التجريبية", "صحيفة النموذج"] };

const KINDS: [SyntheticEventKind, number][] = [["visit", 30], ["call", 20], ["agreement", 25], ["summit", 8], ["exercise", 17]];
const AGREEMENT_KINDS: [SyntheticAgreementKind, number][] = [["mou", 45], ["agreement", 40], ["treaty", 5], ["deal", 10]];
const DOMAINS: SyntheticDomain[] = ["defense", "military", "security", "economic", "energy", "trade", "maritime"];
const OFFICES: [Office, number][] = [["leader", 35], ["Foreign Minister", 40], ["Defense Minister", 25]];
// Several outlets often cover one event: most are reported once, some up to four times.
const REPORTS_PER_EVENT: [number, number][] = [[1, 45], [2, 30], [3, 15], [4, 10]];
// News about the region: Arab states appear more often than the others.
const STATE_WEIGHTS: [SyntheticState, number][] = SYNTHETIC_STATES.map((s) => [s, s.region === "arab" ? 3 : 2]);

/**
 * Deterministic synthetic news: `count` articles in English and Arabic (MSA) about visits, calls,
 * agreements (kinds and domains), summits and joint exercises between real states, with invented
 * officials under real office titles, published 2015-2025. Several articles report one event with
 * different wording, language and date precision, and some recall an earlier agreement between the
 * same states, so entity resolution across articles has work to do. Same options, same articles.
 */
export function generateArticles(options: GenerateOptions): SyntheticArticle[] {
  const random = createRandom(options.seed);
  const holders = new OfficeHolders(options.seed);
  const reports: SyntheticReport[] = [];
  const events: SyntheticEvent[] = [];
  while (reports.length < options.count) {
    const kind = random.weighted(KINDS);
    const day = random.int(FIRST_DAY, LAST_DAY);
    const size = kind === "summit" ? random.int(3, 5) : 2;
    const states: SyntheticState[] = [];
    while (states.length < size) { const s = random.weighted(STATE_WEIGHTS); if (!states.includes(s)) states.push(s); }
    const event: SyntheticEvent = {
      kind, day, states,
      office: kind === "exercise" ? "Defense Minister" : kind === "summit" ? "leader" : random.weighted(OFFICES),
      agreementKind: random.weighted(AGREEMENT_KINDS),
      domain: kind === "exercise" ? "military" : random.pick(DOMAINS),
      topic: random.int(0, 5),
    };
    events.push(event);
    const n = random.weighted(REPORTS_PER_EVENT);
    for (let i = 0; i < n; i++) {
      const precision = random.chance(0.8) ? "day" : "month";
      reports.push({
        event, language: random.chance(0.5) ? "ar" : "en", precision,
        publishedDay: event.day + (precision === "day" ? random.int(0, 2) : random.int(5, 25)),
        variant: random.int(0, 5), recalls: null,
      });
    }
  }
  // A recalled agreement must be earlier than the event: decided once all events are known.
  const agreementsByPair = new Map<string, SyntheticEvent[]>();
  for (const e of events) if (e.kind === "agreement") {
    const key = pairKey(e.states);
    (agreementsByPair.get(key) ?? agreementsByPair.set(key, []).get(key)!).push(e);
  }
  for (const list of agreementsByPair.values()) list.sort((x, y) => x.day - y.day);
  for (const r of reports) {
    if (r.event.states.length !== 2 || !random.chance(0.3)) continue;
    const earlier = (agreementsByPair.get(pairKey(r.event.states)) ?? []).filter((e) => e.day < r.event.day - 31 && e !== r.event);
    if (earlier.length > 0) r.recalls = { event: earlier[earlier.length - 1]!, dated: random.chance(0.7) };
  }
  const chosen = reports.slice(0, options.count);
  const order = chosen.map((r, i) => ({ r, i })).sort((x, y) => x.r.publishedDay - y.r.publishedDay || x.i - y.i);
  const width = String(options.count).length;
  return order.map(({ r }, k) => {
    const { title, text } = r.language === "en" ? writeEnglishReport(r, holders) : writeArabicReport(r, holders);
    return {
      id: `syn-${options.seed}-${String(k + 1).padStart(width, "0")}`,
      title, published: isoDay(r.publishedDay), language: r.language,
      source: random.pick(SOURCES[r.language]), text,
    };
  });
}

const pairKey = (states: SyntheticState[]) => states.map((s) => s.iso2).sort().join("+");
