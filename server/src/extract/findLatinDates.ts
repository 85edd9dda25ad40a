import * as chrono from "chrono-node";
import { dropOverlappingDates, type DateMention } from "./DateMention.ts";
import {
  addMonths, formatPartialDate, resolveWeekday, yearForMonth, type PartialDate,
} from "./PartialDate.ts";
import type { Sentence } from "./splitSentences.ts";

// Only sentences with a month, weekday or relative word go through chrono (it is the slow part);
// years and "end of 2021" are read by the rules below.
const DATE_HINT = /\b(jan|janv|january|feb|february|march|apr|april|(?:in|of|early|late|mid)\s+may|may\s+\d|june?|july?|aug|august|sept?|september|oct|october|nov|november|dec|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|tonight|(?:last|next|this|coming)\s+(?:week|month|year|mon|tue|wed|thu|fri|sat|sun)\w*|ago|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd|demain|dernier|derni[èe]re|prochaine?)\b/i;
const DATE_HINT_ALL = new RegExp(DATE_HINT.source, "gi");
// Context kept on each side of a cue: enough for "on Tuesday, Aug. 7, 2022" or "the 28th of June 2021".
const WINDOW = 32;

/** Spans of a sentence around its date cues, widened to word boundaries and merged when they touch. */
function cueWindows(text: string): [number, number][] {
  const out: [number, number][] = [];
  DATE_HINT_ALL.lastIndex = 0;
  for (let m = DATE_HINT_ALL.exec(text); m; m = DATE_HINT_ALL.exec(text)) {
    let from = Math.max(0, m.index - WINDOW), to = Math.min(text.length, m.index + m[0].length + WINDOW);
    while (from > 0 && !/\s/.test(text[from - 1]!)) from--;
    while (to < text.length && !/\s/.test(text[to]!)) to++;
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}
const FUTURE = /\b(will|next|coming|upcoming|set to|scheduled|due to|prochain|prochaine)\b/i;
const PAST_MONTH = /\b(last|dernier|derni[èe]re)\s*$/i;
const YEAR_RULES: [RegExp, (m: RegExpExecArray, ref: Date | null) => PartialDate | null][] = [
  [/\b(?:(?:at|by|in|until|since|from|through|the|toward|towards)\s+)?(?:the\s+)?(?:end|late|early|beginning|start|middle|mid|fin|début|debut|mi|courant)(?:\s+of|\s+de|-)?\s+((?:19|20)\d{2})\b/gi, (m) => ({ year: Number(m[1]) })],
  [/\b(?:in|since|until|by|during|en|depuis|jusqu'en|from)\s+((?:19|20)\d{2})\b(?![-/]\d)/gi, (m) => ({ year: Number(m[1]) })],
  [/\b(?:earlier|later)\s+this\s+month\b|\bthis\s+month\b|\bce\s+mois-ci\b/gi, (_m, ref) => (ref ? addMonths(ref, 0) : null)],
  [/\blast\s+year\b|\bl'an(?:née)?\s+derni(?:er|ère)\b/gi, (_m, ref) => (ref ? { year: ref.getUTCFullYear() - 1 } : null)],
  [/\bthis\s+year\b|\bcette\s+année\b/gi, (_m, ref) => (ref ? { year: ref.getUTCFullYear() } : null)],
  [/\bnext\s+year\b|\bl'an(?:née)?\s+prochaine?\b/gi, (_m, ref) => (ref ? { year: ref.getUTCFullYear() + 1 } : null)],
];
const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  janvier: 1, fevrier: 2, février: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, août: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12, décembre: 12,
};
const MONTH_YEAR = new RegExp(`\\b(${Object.keys(MONTHS).join("|")})\\s+((?:19|20)\\d{2})\\b`, "gi");
YEAR_RULES.push([MONTH_YEAR, (m) => ({ year: Number(m[2]), month: MONTHS[m[1]!.toLowerCase()]! })]);
const BARE_YEAR = /(?<![\d,.])\b((?:19|20)\d{2})\b(?![\d,.]\d)/g;

/** English and French dates: chrono-node, plus years, "end of 2021", weekdays resolved backwards. */
export function findLatinDates(sentences: Sentence[], lang: "en" | "fr", ref: Date | null): DateMention[] {
  const parser = lang === "fr" ? chrono.fr : chrono.en;
  const out: DateMention[] = [];
  const reference = ref ?? new Date(Date.UTC(2000, 0, 1, 12));
  for (const s of sentences.flatMap(chunk)) {
    // chrono reads only windows around date cues: its cost grows with the length of what it is given.
    for (const [wFrom, wTo] of cueWindows(s.text)) {
      let results: chrono.ParsedResult[] = [];
      try {
        results = parser.parse(s.text.slice(wFrom, wTo), { instant: reference, timezone: 0 }, { forwardDate: false });
      } catch {
        results = [];
      }
      for (const r of results) {
        const index = wFrom + r.index;
        const d = toPartialDate(r, s.text, ref, index);
        // chrono's text may carry surrounding punctuation (", dimanche 10 juin"); the span leaves it out.
        const lead = r.text.length - r.text.replace(/^[^\p{L}\p{N}]+/u, "").length;
        const core = r.text.slice(lead).replace(/[^\p{L}\p{N}.]+$/u, "");
        if (d) out.push({ start: s.start + index + lead, end: s.start + index + lead + core.length, value: formatPartialDate(d), relative: !r.start.isCertain("year") });
      }
    }
    for (const [re, f] of YEAR_RULES) {
      re.lastIndex = 0;
      for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
        const d = f(m, ref);
        if (d) out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, value: formatPartialDate(d), relative: false });
      }
    }
    BARE_YEAR.lastIndex = 0;
    for (let m = BARE_YEAR.exec(s.text); m; m = BARE_YEAR.exec(s.text)) {
      out.push({ start: s.start + m.index, end: s.start + m.index + 4, value: m[1]!, relative: false });
    }
  }
  return dropOverlappingDates(out);
}

/** Run-on text without sentence ends goes to chrono in pieces: its patterns are slow on long strings. */
function chunk(s: Sentence): Sentence[] {
  if (s.text.length <= 600) return [s];
  const out: Sentence[] = [];
  let from = 0;
  while (from < s.text.length) {
    let to = Math.min(s.text.length, from + 400);
    if (to < s.text.length) { const space = s.text.lastIndexOf(" ", to); if (space > from + 100) to = space; }
    out.push({ start: s.start + from, end: s.start + to, text: s.text.slice(from, to), index: s.index });
    from = to;
  }
  return out;
}

function toPartialDate(r: chrono.ParsedResult, sentence: string, ref: Date | null, index: number): PartialDate | null {
  const c = r.start;
  const text = r.text.toLowerCase();
  // Durations ("de deux jours", "for two days") and vague words are not dates.
  if (/^(now|maintenant|the other day|recently)$/.test(text) || /^(de|dans|for|within|pendant)\s/.test(text)) return null;
  const known = (k: chrono.Component) => c.isCertain(k);
  if (known("day") && known("month")) {
    const month = c.get("month")!, day = c.get("day")!;
    let year = known("year") ? c.get("year")! : null;
    if (year === null) {
      if (!ref) return null;
      // "yesterday" and "today" carry a certain day and month; their year follows from the reference.
      year = /yesterday|today|tomorrow|hier|aujourd|demain/.test(text) ? c.get("year")! : yearForMonth(ref, month, FUTURE.test(sentence) ? null : null);
    }
    // "at the end of February" came back as the 29th of a common year: a day the month lacks leaves the month.
    if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return { year, month };
    return { year, month, day };
  }
  if (known("weekday") && !known("month")) {
    if (!ref) return null;
    const future = /\b(next|coming|prochain)\b/i.test(text) || FUTURE.test(sentence.slice(Math.max(0, index - 40), index));
    return resolveWeekday(ref, c.get("weekday")!, future && !/\blast\b/i.test(text));
  }
  if (known("month")) {
    const month = c.get("month")!;
    if (known("year")) return { year: c.get("year")!, month };
    if (!ref) return null;
    if (/last month|le mois dernier/.test(text)) return addMonths(ref, -1);
    if (/next month|le mois prochain/.test(text)) return addMonths(ref, 1);
    const before = sentence.slice(Math.max(0, index - 12), index);
    const hint = PAST_MONTH.test(before) ? "past" : null;
    return { year: yearForMonth(ref, month, hint), month };
  }
  if (known("year")) return { year: c.get("year")! };
  return null;
}
