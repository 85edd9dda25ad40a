#!/usr/bin/env node
// Checks every gold file in this folder against its text and the annotation rules of
// shared/corpus/dev/README.md. Exits non-zero and prints one line per problem.
//
//   node bench/extraction/gold/check-gold.mjs
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { seedBody } from "./sync-bodies.mjs";

const require = createRequire(import.meta.url);
const countries = require("i18n-iso-countries");

const goldDir = dirname(fileURLToPath(import.meta.url));
const seedsDir = resolve(goldDir, "../../../seeds");
const BENCH_ONLY = (base) => Number(base.slice(0, 3)) >= 23;

const AGREEMENT_KINDS = new Set(["mou", "treaty", "agreement", "accord", "declaration", "deal"]);
const MEETING_KINDS = new Set(["visit", "summit", "meeting", "call", "exercise", "conference"]);
const DOMAINS = new Set(["defense", "military", "security", "intelligence", "economic", "energy",
  "diplomatic", "maritime", "trade", "nuclear", "water"]);
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const ARABIC = /[\u0600-\u06FF]/;
const TOP_KEYS = ["url", "language", "published", "textFile", "gold"];
const GOLD_KEYS = ["states", "officials", "agreements", "meetings"];

const problems = [];
let warnings = 0;

function validCode(c) {
  return typeof c === "string" && /^[A-Z]{2}$/.test(c) && countries.isValid(c);
}
function sortedUnique(arr) {
  return arr.every((c, i) => i === 0 || arr[i - 1] < c);
}
function validDate(d) {
  if (typeof d !== "string" || !DATE.test(d)) return false;
  const [y, m, day] = d.split("-").map(Number);
  if (m !== undefined && (m < 1 || m > 12)) return false;
  if (day !== undefined) {
    const dt = new Date(Date.UTC(y, m - 1, day));
    if (dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== day) return false;
  }
  return true;
}
function frontMatter(source) {
  const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---/.exec(source.replace(/^\uFEFF/, ""));
  const meta = {};
  if (m) for (const line of m[1].split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (kv) meta[kv[1]] = kv[2].trim();
  }
  return meta;
}

function checkCodes(p, where, codes, states) {
  if (!Array.isArray(codes)) { p(`${where}: not an array`); return; }
  for (const c of codes) {
    if (!validCode(c)) p(`${where}: invalid ISO alpha-2 "${c}"`);
    else if (!states.includes(c)) p(`${where}: "${c}" is not in gold.states`);
  }
  if (!sortedUnique(codes)) p(`${where}: not sorted/unique: ${JSON.stringify(codes)}`);
}

function checkFile(file) {
  const p = (msg) => problems.push(`${file}: ${msg}`);
  let doc;
  try { doc = JSON.parse(readFileSync(join(goldDir, file), "utf8")); }
  catch (e) { p(`invalid JSON: ${e.message}`); return; }

  const keys = Object.keys(doc);
  if (keys.join() !== TOP_KEYS.join()) p(`top-level keys must be ${TOP_KEYS.join(", ")} (got ${keys.join(", ")})`);
  if (!["ar", "en", "fr"].includes(doc.language)) p(`language "${doc.language}"`);
  if (doc.published !== null && !(typeof doc.published === "string" && /^\d{4}-\d{2}-\d{2}$/.test(doc.published) && validDate(doc.published)))
    p(`published "${doc.published}" is not YYYY-MM-DD`);

  // Text: the .txt must exist and equal the seed body. From 023 on, held-out articles are bench-only (not
  // shipped in seeds/, so the tests that load seeds/ are unaffected): their .txt is the source.
  const base = file.slice(0, -".json".length);
  if (doc.textFile !== `${base}.txt`) p(`textFile must be "${base}.txt" (got ${JSON.stringify(doc.textFile)})`);
  const txtPath = join(goldDir, String(doc.textFile ?? ""));
  const seedPath = join(seedsDir, `${base}.md`);
  let text = "";
  if (!doc.textFile || !existsSync(txtPath)) p(`text file missing: ${doc.textFile}`);
  else text = readFileSync(txtPath, "utf8");
  if (!existsSync(seedPath)) { if (!BENCH_ONLY(base)) p(`seed missing: seeds/${base}.md`); }
  else {
    const seedSrc = readFileSync(seedPath, "utf8");
    if (text && seedBody(seedSrc) !== text) p(`${doc.textFile} differs from the body of seeds/${base}.md (run sync-bodies.mjs)`);
    const meta = frontMatter(seedSrc);
    if (meta.published !== doc.published) p(`published ${doc.published} != seed front matter ${meta.published}`);
    if (meta.language !== doc.language) p(`language ${doc.language} != seed front matter ${meta.language}`);
  }
  if (!text.trim()) p("empty text");

  const g = doc.gold ?? {};
  if (Object.keys(g).join() !== GOLD_KEYS.join()) p(`gold keys must be ${GOLD_KEYS.join(", ")}`);
  const states = Array.isArray(g.states) ? g.states : [];
  if (!Array.isArray(g.states)) p("gold.states is not an array");
  for (const c of states) if (!validCode(c)) p(`gold.states: invalid ISO alpha-2 "${c}"`);
  if (!sortedUnique(states)) p(`gold.states not sorted/unique: ${JSON.stringify(states)}`);

  // Officials.
  const seenForms = new Map();
  (g.officials ?? []).forEach((o, i) => {
    const w = `officials[${i}]`;
    const ok = ["names", "state", "title"];
    if (Object.keys(o).join() !== ok.join()) p(`${w}: keys must be ${ok.join(", ")}`);
    if (!Array.isArray(o.names) || o.names.length === 0) { p(`${w}: names empty`); return; }
    const last = o.names[o.names.length - 1];
    const inText = doc.language === "en" ? o.names : o.names.slice(0, -1);
    if (doc.language !== "en") {
      if (ARABIC.test(last) || !/[A-Za-z]/.test(last)) p(`${w}: last name form must be the English spelling (got "${last}")`);
      if (inText.length === 0) p(`${w}: no surface form from the text`);
    }
    for (const n of inText) {
      if (typeof n !== "string" || !n.trim()) { p(`${w}: empty name form`); continue; }
      if (n !== n.trim()) p(`${w}: name form has outer spaces: "${n}"`);
      if (!text.includes(n)) p(`${w}: name form not in text: "${n}"`);
      if (seenForms.has(n)) p(`${w}: name form "${n}" also listed for officials[${seenForms.get(n)}]`);
      seenForms.set(n, i);
    }
    if (new Set(o.names).size !== o.names.length) p(`${w}: duplicate name forms`);
    if (o.state !== null) checkCodes(p, `${w}.state`, [o.state], states);
    if (typeof o.title !== "string" || !o.title.trim()) p(`${w}: title missing`);
  });

  // Agreements.
  (g.agreements ?? []).forEach((a, i) => {
    const w = `agreements[${i}]`;
    const ok = ["kind", "parties", "date", "domains", "name"];
    if (Object.keys(a).join() !== ok.join()) p(`${w}: keys must be ${ok.join(", ")}`);
    if (!AGREEMENT_KINDS.has(a.kind)) p(`${w}: kind "${a.kind}" not in ${[...AGREEMENT_KINDS].join("/")}`);
    checkCodes(p, `${w}.parties`, a.parties, states);
    if (Array.isArray(a.parties) && a.parties.length < 2) p(`${w}: fewer than two parties`);
    if (a.date !== null && !validDate(a.date)) p(`${w}: date "${a.date}"`);
    if (!Array.isArray(a.domains)) p(`${w}: domains not an array`);
    else {
      for (const d of a.domains) if (!DOMAINS.has(d)) p(`${w}: domain "${d}" not allowed`);
      if (new Set(a.domains).size !== a.domains.length) p(`${w}: duplicate domains`);
    }
    if (a.name !== null && (typeof a.name !== "string" || !text.includes(a.name))) p(`${w}: name not in text: ${JSON.stringify(a.name)}`);
    if (a.date && doc.published && a.date > doc.published) p(`${w}: date ${a.date} after published ${doc.published}`);
  });

  // Meetings.
  (g.meetings ?? []).forEach((m, i) => {
    const w = `meetings[${i}]`;
    const ok = ["kind", "participants", "host", "date", "name"];
    if (Object.keys(m).join() !== ok.join()) p(`${w}: keys must be ${ok.join(", ")}`);
    if (!MEETING_KINDS.has(m.kind)) p(`${w}: kind "${m.kind}" not in ${[...MEETING_KINDS].join("/")}`);
    checkCodes(p, `${w}.participants`, m.participants, states);
    if (m.host !== null) {
      checkCodes(p, `${w}.host`, [m.host], states);
      if (Array.isArray(m.participants) && m.participants.length > 0 && !m.participants.includes(m.host))
        p(`${w}: host ${m.host} not among participants`);
    }
    if (m.kind === "call" && m.host !== null) p(`${w}: a call has no host`);
    if (m.date !== null && !validDate(m.date)) p(`${w}: date "${m.date}"`);
    if (m.name !== null && (typeof m.name !== "string" || !text.includes(m.name))) p(`${w}: name not in text: ${JSON.stringify(m.name)}`);
    if (m.date && doc.published && m.date.slice(0, 10) > doc.published) {
      // Planned events may lie after the published date; report, do not fail.
      console.warn(`warning: ${file}: ${w}: date ${m.date} after published ${doc.published} (planned?)`);
      warnings++;
    }
  });
}

const files = readdirSync(goldDir).filter((n) => n.endsWith(".json")).sort();
if (files.length === 0) problems.push("no gold files found");
for (const f of files) checkFile(f);

for (const msg of problems) console.error(msg);
console.log(`${files.length} gold files, ${problems.length} problems, ${warnings} warnings`);
process.exit(problems.length ? 1 : 0);
