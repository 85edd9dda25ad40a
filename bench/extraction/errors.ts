// Lists, per article, what the extractor missed and what it added, by category: the error analysis
// companion of run.ts. The current held-out gold (079 and later) is left out unless --held-out is given.
// Run: npx tsx bench/extraction/errors.ts [dev] [gold] [--held-out] [--only officials|agreements|meetings|states]
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractArticle } from "../../server/src/extract/extractArticle.ts";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const args = process.argv.slice(2);
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : null;
const sets = args.filter((x) => x === "dev" || x === "gold");
const heldOut = args.includes("--held-out");
const dirs: string[] = [];
if (sets.length === 0 || sets.includes("dev")) dirs.push(path.resolve(repoRoot, "../shared/corpus/dev"));
if (sets.length === 0 || sets.includes("gold") || heldOut) dirs.push(path.join(repoRoot, "bench/extraction/gold"));

const norm = (s: string) => String(s ?? "").normalize("NFKC").replace(/[\u064B-\u065F\u0670\u0640]/g, "").replace(/[أإآٱ]/g, "ا")
  .replace(/ى/g, "ي").replace(/ة/g, "ه").replace(/ؤ/g, "و").replace(/ئ/g, "ي").toLowerCase().replace(/[\p{P}\p{S}]/gu, " ").replace(/\s+/g, " ").trim();
const toks = (s: string) => norm(s).split(" ").filter(Boolean).map((t) => t.replace(/^ال(?=..)/, ""));
const run = (h: string[], n: string[]) => { for (let i = 0; i + n.length <= h.length; i++) if (n.every((t, j) => h[i + j] === t)) return true; return false; };
const nameMatches = (p: string, al: string[]) => { const pt = toks(p); return pt.length > 0 && al.some((a) => { const at = toks(a);
  return at.length > 0 && (pt.join(" ") === at.join(" ") || (run(pt, at) && (at.length >= 2 || pt.length <= 2)) || (pt.length >= 2 && run(at, pt))); }); };
const jac = (a: string[], b: string[]) => { const A = new Set(a), B = new Set(b); const i = [...A].filter((x) => B.has(x)).length; const u = new Set([...A, ...B]).size; return u ? i / u : 0; };
const fam = (k: string) => (/visit/.test(k) ? "visit" : /call/.test(k) ? "call" : /exercise/.test(k) ? "exercise" : "meeting");
const ds = (p: string | null, g: string | null) => (!g || !p ? 0 : p === g ? 2 : p.startsWith(g) || g.startsWith(p) ? 1 : 0);
function match<G, P>(gold: G[], pred: P[], score: (g: G, p: P) => number): [Set<number>, Set<number>, [number, number][]] {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, gi) => pred.forEach((p, pi) => { const s = score(g, p); if (s > 0) pairs.push([s, gi, pi]); }));
  pairs.sort((a, b) => b[0] - a[0]);
  const gu = new Set<number>(), pu = new Set<number>(), m: [number, number][] = [];
  for (const [, gi, pi] of pairs) if (!gu.has(gi) && !pu.has(pi)) { gu.add(gi); pu.add(pi); m.push([gi, pi]); }
  return [gu, pu, m];
}
let fn = 0, fp = 0;
for (const dir of dirs) {
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".json")).sort()) {
    const isGold = dir.endsWith("gold");
    if (isGold && (Number(f.slice(0, 3)) >= 79) !== heldOut && !(heldOut && sets.includes("gold"))) continue;
    const a = JSON.parse(readFileSync(path.join(dir, f), "utf8"));
    const text = a.text ?? readFileSync(path.resolve(dir, a.textFile), "utf8");
    const out = extractArticle(text, { date: a.published, lang: a.language });
    const g = a.gold;
    const lines: string[] = [];
    if (!only || only === "states") {
      const ps = out.states.map((s) => s.iso2);
      const miss = g.states.filter((s: string) => !ps.includes(s)), extra = ps.filter((s) => !g.states.includes(s));
      if (miss.length || extra.length) lines.push(`  states missed=${miss.join(",")} extra=${extra.map((s) => `${s}(${out.states.find((x) => x.iso2 === s)!.surfaces.join("|")})`).join(",")}`);
      fn += miss.length; fp += extra.length;
    }
    if (!only || only === "officials") {
      const po = out.officials.map((o) => [o.name, ...o.names]);
      const [gu, pu, m] = match(g.officials, po, (go: { names: string[] }, p) => (p.some((n) => nameMatches(n, go.names)) ? 1 : 0));
      g.officials.forEach((o: { names: string[]; state: string; title: string }, i: number) => { if (!gu.has(i)) { lines.push(`  official MISSED ${o.names.join(" | ")} ${o.state} ${o.title}`); fn++; } });
      out.officials.forEach((o, i) => { if (!pu.has(i)) { lines.push(`  official EXTRA ${o.names.join(" | ")} ${o.state} ${o.title}`); fp++; } });
      for (const [gi, pi] of m) if (g.officials[gi].state !== out.officials[pi]!.state) lines.push(`  official STATE ${out.officials[pi]!.name} ${out.officials[pi]!.state} != ${g.officials[gi].state}`);
    }
    if (!only || only === "agreements") {
      const [gu, pu, m] = match(g.agreements, out.agreements, (ga: { parties: string[]; date: string }, p) => (jac(ga.parties, p.parties) >= 0.5 ? 1 + jac(ga.parties, p.parties) + ds(p.date, ga.date) : 0));
      g.agreements.forEach((x: { kind: string; parties: string[]; date: string; name: string }, i: number) => { if (!gu.has(i)) { lines.push(`  agreement MISSED ${x.kind} ${x.parties.join("+")} @${x.date} ${x.name ?? ""}`); fn++; } });
      out.agreements.forEach((x, i) => { if (!pu.has(i)) { lines.push(`  agreement EXTRA ${x.kind} ${x.parties.join("+")} @${x.date} ${x.name ?? ""} «${x.evidence[0]?.sentence.slice(0, 90)}»`); fp++; } });
      for (const [gi, pi] of m) if (ds(out.agreements[pi]!.date, g.agreements[gi].date) < 2 && g.agreements[gi].date) lines.push(`  agreement DATE ${out.agreements[pi]!.parties.join("+")} ${out.agreements[pi]!.date} != ${g.agreements[gi].date}`);
    }
    if (!only || only === "meetings") {
      const [gu, pu, m] = match(g.meetings, out.meetings, (gm: { kind: string; participants: string[]; date: string }, p) => (fam(gm.kind) === fam(p.kind) && jac(gm.participants, p.participants) >= 0.5 ? 1 + jac(gm.participants, p.participants) + ds(p.date, gm.date) : 0));
      g.meetings.forEach((x: { kind: string; participants: string[]; host: string; date: string; name: string }, i: number) => { if (!gu.has(i)) { lines.push(`  meeting MISSED ${x.kind} ${x.participants.join("+")} host=${x.host} @${x.date} ${x.name ?? ""}`); fn++; } });
      out.meetings.forEach((x, i) => { if (!pu.has(i)) { lines.push(`  meeting EXTRA ${x.kind} ${x.participants.join("+")} host=${x.host} @${x.date} ${x.name ?? ""} «${x.evidence[0]?.sentence.slice(0, 90)}»`); fp++; } });
      for (const [gi, pi] of m) {
        const gm = g.meetings[gi], pm = out.meetings[pi]!;
        if (gm.host !== pm.host || ds(pm.date, gm.date) < 2 && gm.date) lines.push(`  meeting HOST/DATE ${pm.kind} ${pm.participants.join("+")} host=${pm.host}/${gm.host} @${pm.date}/${gm.date}`);
      }
    }
    if (lines.length) console.log(`--- ${f}\n${lines.join("\n")}`);
  }
}
console.log(`missed ${fn}, extra ${fp}`);
