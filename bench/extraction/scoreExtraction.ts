// The scoring rules of shared/corpus/score.mjs, in-process: greedy one-to-one matching per category.
import type { ExtractionResult, Language } from "../../server/src/extract/types.ts";

export interface GoldArticle {
  file: string;
  language: Language;
  published: string | null;
  text: string;
  gold: {
    states: string[];
    officials: { names: string[]; state: string | null }[];
    agreements: { parties: string[]; date: string | null }[];
    meetings: { kind: string; participants: string[]; date: string | null }[];
  };
}
export interface Prf { p: number; r: number; f: number; tp: number; np: number; ng: number }
export type ScoreTable = Record<string, Record<"states" | "officials" | "agreements" | "meetings", Prf>>;

const norm = (s: string) => String(s ?? "").normalize("NFKC")
  .replace(/[\u064B-\u065F\u0670\u0640]/g, "").replace(/[أإآٱ]/g, "ا").replace(/ى/g, "ي")
  .replace(/ة/g, "ه").replace(/ؤ/g, "و").replace(/ئ/g, "ي").toLowerCase()
  .replace(/[\p{P}\p{S}]/gu, " ").replace(/\s+/g, " ").trim();
const toks = (s: string) => norm(s).split(" ").filter(Boolean).map((t) => t.replace(/^ال(?=..)/, ""));
const containsRun = (hay: string[], needle: string[]) => {
  for (let i = 0; i + needle.length <= hay.length; i++) if (needle.every((t, j) => hay[i + j] === t)) return true;
  return false;
};
function nameMatches(pred: string, aliases: string[]): boolean {
  const pt = toks(pred);
  if (!pt.length) return false;
  return aliases.some((a) => {
    const at = toks(a);
    if (!at.length) return false;
    if (pt.join(" ") === at.join(" ")) return true;
    if (containsRun(pt, at) && (at.length >= 2 || pt.length <= 2)) return true;
    return pt.length >= 2 && containsRun(at, pt);
  });
}
const jaccard = (a: string[], b: string[]) => {
  const A = new Set(a), B = new Set(b);
  const i = [...A].filter((x) => B.has(x)).length, u = new Set([...A, ...B]).size;
  return u ? i / u : 0;
};
const dateScore = (p: string | null, g: string | null) => (!g || !p ? 0 : p === g ? 2 : p.startsWith(g) || g.startsWith(p) ? 1 : 0);
const family = (k: string) => (/visit/.test(k) ? "visit" : /call|phone/.test(k) ? "call" : /exercise|drill|manoeuv|maneuv/.test(k) ? "exercise" : "meeting");

function matchCount<G, P>(gold: G[], pred: P[], score: (g: G, p: P) => number): number {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, gi) => pred.forEach((p, pi) => { const s = score(g, p); if (s > 0) pairs.push([s, gi, pi]); }));
  pairs.sort((a, b) => b[0] - a[0]);
  const gu = new Set<number>(), pu = new Set<number>();
  let n = 0;
  for (const [, gi, pi] of pairs) if (!gu.has(gi) && !pu.has(pi)) { gu.add(gi); pu.add(pi); n++; }
  return n;
}

/** Precision, recall and F1 per language and category, as score.mjs computes them. */
export function scoreArticles(articles: GoldArticle[], extract: (a: GoldArticle) => ExtractionResult): ScoreTable {
  const tally: Record<string, Record<string, { tp: number; np: number; ng: number }>> = {};
  const add = (lang: string, cat: string, tp: number, np: number, ng: number) => {
    for (const key of [lang, "all"]) {
      tally[key] ??= {};
      const t = (tally[key]![cat] ??= { tp: 0, np: 0, ng: 0 });
      t.tp += tp; t.np += np; t.ng += ng;
    }
  };
  for (const a of articles) {
    const out = extract(a);
    const g = a.gold;
    const ps = [...new Set(out.states.map((s) => s.iso2))];
    add(a.language, "states", ps.filter((x) => g.states.includes(x)).length, ps.length, g.states.length);
    const po = out.officials.map((o) => [o.name, ...o.names]);
    add(a.language, "officials", matchCount(g.officials, po, (go, p) => (p.some((n) => nameMatches(n, go.names)) ? 1 : 0)), po.length, g.officials.length);
    add(a.language, "agreements", matchCount(g.agreements, out.agreements, (ga, p) => (jaccard(ga.parties, p.parties) >= 0.5 ? 1 + jaccard(ga.parties, p.parties) + dateScore(p.date, ga.date) : 0)), out.agreements.length, g.agreements.length);
    add(a.language, "meetings", matchCount(g.meetings, out.meetings, (gm, p) => (family(gm.kind) === family(p.kind) && jaccard(gm.participants, p.participants) >= 0.5 ? 1 + jaccard(gm.participants, p.participants) + dateScore(p.date, gm.date) : 0)), out.meetings.length, g.meetings.length);
  }
  const table: ScoreTable = {};
  for (const [lang, cats] of Object.entries(tally).sort()) {
    table[lang] = {} as ScoreTable[string];
    for (const c of ["states", "officials", "agreements", "meetings"] as const) {
      const t = cats[c] ?? { tp: 0, np: 0, ng: 0 };
      const p = t.np ? t.tp / t.np : 0, r = t.ng ? t.tp / t.ng : 0;
      table[lang]![c] = { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, ...t };
    }
  }
  return table;
}
