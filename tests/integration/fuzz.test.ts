// Hostile article files through the ingest path (read -> decode -> front matter/JSON -> extract ->
// load): random bytes, files over the limit, deep JSON, invalid UTF-8 and UTF-16, mixed scripts,
// control characters, punctuation only, a 1 MB single line, broken front matter. No crash, each
// case within a time bound, every rejection a clear error with a code, nothing written for it.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExtractInputError } from "../../server/src/extract/ExtractInputError.ts";
import type { GraphContext } from "../../server/src/graph/GraphContext.ts";
import { loadArticles, type ArticleToLoad } from "../../server/src/graph/loadArticle.ts";
import { prepareArticleText } from "../../server/src/ingest/prepareArticle.ts";
import { readArticleFile } from "../../server/src/ingest/readArticleInputs.ts";
import { clearGraph, countGraph, openTestGraph } from "../support/testGraph.ts";
import { seededRandom } from "../support/seededRandom.ts";

const root = resolve(import.meta.dirname, "..", "..");
const MAX = 2 * 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), "entente-fuzz-"));
let graph: GraphContext;
let n = 0;

interface Case { name: string; ext: string; bytes: Uint8Array | string; expect: "accept" | "reject" | "either"; code?: string }

const enc = (s: string) => Buffer.from(s, "utf8");
const SENTENCE = "Moroccan Foreign Minister Nasser Bourita received his Egyptian counterpart Sameh Shoukry in Rabat on 3 March 2021, and the two states signed a memorandum of understanding on security cooperation. ";
const ARABIC = "استقبل وزير الخارجية المغربي ناصر بوريطة نظيره المصري سامح شكري في الرباط يوم 3 مارس 2021 ووقع البلدان مذكرة تفاهم للتعاون الأمني. ";

function cases(): Case[] {
  const random = seededRandom(424242);
  const out: Case[] = [];
  for (let i = 0; i < 60; i++) {
    out.push({ name: `random bytes #${i}`, ext: random.pick([".txt", ".md", ".json", ".jsonl"]), bytes: random.bytes(random.int(1, 6000)), expect: "either" });
  }
  // Valid text with random corruption: single invalid bytes, truncated sequences, surrogates, overlongs.
  const bad = [[0xc3, 0x28], [0xa0, 0xa1], [0xe2, 0x28, 0xa1], [0xf0, 0x28, 0x8c, 0xbc], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xff], [0xd8]];
  for (const b of bad) out.push({ name: `invalid UTF-8 ${b.map((x) => x.toString(16)).join(" ")}`, ext: ".txt", bytes: Buffer.concat([enc(SENTENCE), Buffer.from(b), enc(ARABIC)]), expect: "reject", code: "ENCODING" });
  out.push({ name: "UTF-16LE BOM with an odd byte count", ext: ".txt", bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, "utf16le"), Buffer.from([0x41])]), expect: "reject", code: "ENCODING" });
  out.push({ name: "UTF-16BE BOM with a lone surrogate", ext: ".md", bytes: Buffer.from([0xfe, 0xff, 0xd8, 0x00, 0x00, 0x41]), expect: "reject", code: "ENCODING" });
  out.push({ name: "valid UTF-16LE with BOM", ext: ".txt", bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, "utf16le")]), expect: "accept" });
  // Size.
  out.push({ name: "over the limit by one byte", ext: ".txt", bytes: enc(SENTENCE.repeat(Math.ceil((MAX + 1) / SENTENCE.length)).slice(0, MAX + 1)), expect: "reject", code: "TOO_LARGE" });
  out.push({ name: "jsonl entry over the limit", ext: ".jsonl", bytes: JSON.stringify({ text: "a ".repeat(MAX / 2 + 1) }), expect: "reject", code: "TOO_LARGE" });
  out.push({ name: "empty file", ext: ".txt", bytes: "", expect: "reject", code: "EMPTY" });
  out.push({ name: "whitespace only", ext: ".md", bytes: " \n\t\r\n   \u00a0\u2003 ", expect: "reject", code: "EMPTY" });
  out.push({ name: "1 MB single line", ext: ".txt", bytes: SENTENCE.repeat(Math.floor(1024 * 1024 / SENTENCE.length)), expect: "accept" });
  out.push({ name: "1 MB single Arabic line", ext: ".txt", bytes: ARABIC.repeat(Math.floor(1024 * 1024 / Buffer.byteLength(ARABIC))), expect: "accept" });
  out.push({ name: "1 MB of one word", ext: ".txt", bytes: "a".repeat(1024 * 1024), expect: "accept" });
  // Deep and odd JSON.
  out.push({ name: "deep JSON arrays", ext: ".json", bytes: "[".repeat(200_000) + "]".repeat(200_000), expect: "reject" });
  out.push({ name: "deep JSON objects", ext: ".json", bytes: "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000), expect: "reject" });
  out.push({ name: "deep JSON in a text field", ext: ".json", bytes: `{"text": ${"[".repeat(50_000)}${"]".repeat(50_000)}}`, expect: "reject", code: "BAD_RECORD" });
  out.push({ name: "deep jsonl line", ext: ".jsonl", bytes: "[".repeat(100_000) + "]".repeat(100_000), expect: "reject" });
  out.push({ name: "JSON with wrong field types", ext: ".json", bytes: JSON.stringify([{ text: 5 }, { text: "x", title: {} }, { text: "x", language: ["en"] }, null, "text"]), expect: "reject", code: "BAD_RECORD" });
  out.push({ name: "JSON with a bad language", ext: ".json", bytes: JSON.stringify({ text: SENTENCE, language: "xx" }), expect: "reject", code: "FRONT_MATTER" });
  out.push({ name: "JSON with an empty language", ext: ".jsonl", bytes: JSON.stringify({ text: SENTENCE, language: "" }), expect: "reject", code: "FRONT_MATTER" });
  out.push({ name: "JSON with a bad date", ext: ".json", bytes: JSON.stringify({ text: SENTENCE, published: "yesterday" }), expect: "reject", code: "FRONT_MATTER" });
  out.push({ name: "JSON with an injected id", ext: ".json", bytes: JSON.stringify({ text: SENTENCE, id: "x'}) DETACH DELETE n //" }), expect: "reject", code: "FRONT_MATTER" });
  out.push({ name: "JSON __proto__ keys", ext: ".json", bytes: `{"__proto__": {"text": "polluted"}, "constructor": {"prototype": {"x": 1}}, "text": ${JSON.stringify(SENTENCE)}}`, expect: "accept" });
  out.push({ name: "JSON with NUL in text", ext: ".json", bytes: JSON.stringify({ text: "a\u0000".repeat(500) }), expect: "reject", code: "BINARY" });
  // Characters.
  out.push({ name: "mixed scripts", ext: ".txt", bytes: `${SENTENCE}שלום עולם 你好世界 Привет мир ${ARABIC} 🇲🇦🤝🇪🇬 e\u0301\u0301\u0301 \u202eRTL override\u202c zero\u200dwidth\u200bjoin ﷺ ﻻ Ⅻ ﬁ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢`, expect: "accept" });
  out.push({ name: "random code points", ext: ".txt", bytes: random.text(20_000, [[0x20, 0x7e], [0x600, 0x6ff], [0x590, 0x5ff], [0x4e00, 0x9fff], [0x1f300, 0x1faff], [0x300, 0x36f], [0x200b, 0x202e]]), expect: "accept" });
  out.push({ name: "many control characters", ext: ".txt", bytes: `${SENTENCE}${"\u0001\u0002\u0007\u001b".repeat(100)}`, expect: "reject", code: "BINARY" });
  out.push({ name: "a few control characters in a long text", ext: ".txt", bytes: `${SENTENCE.repeat(50)}\u0007${SENTENCE}`, expect: "accept" });
  out.push({ name: "NUL byte", ext: ".md", bytes: Buffer.concat([enc(SENTENCE), Buffer.from([0]), enc(SENTENCE)]), expect: "reject", code: "BINARY" });
  out.push({ name: "only punctuation", ext: ".txt", bytes: "!?.,;:-()[]{}«»—…،؛؟".repeat(2000), expect: "either" });
  out.push({ name: "only digits and dates", ext: ".txt", bytes: "2021-03-03 03/03/2021 3 March 2021 ".repeat(3000), expect: "either" });
  out.push({ name: "regex-hostile repetition", ext: ".txt", bytes: `${"Minister ".repeat(20_000)}${"al-".repeat(20_000)}${"ال".repeat(20_000)}`, expect: "either" });
  // Front matter.
  out.push({ name: "unterminated front matter", ext: ".md", bytes: `---\ntitle: x\n${SENTENCE}`, expect: "either" });
  out.push({ name: "front matter line not key: value", ext: ".md", bytes: `---\nthis is not yaml\n---\n${SENTENCE}`, expect: "reject", code: "FRONT_MATTER" });
  out.push({ name: "front matter bad date", ext: ".md", bytes: `---\npublished: 2021-02-31T00:00\n---\n${SENTENCE}`, expect: "reject", code: "FRONT_MATTER" });
  out.push({ name: "front matter bad language", ext: ".md", bytes: `---\nlanguage: klingon\n---\n${SENTENCE}`, expect: "reject", code: "FRONT_MATTER" });
  out.push({ name: "front matter injected id", ext: ".md", bytes: `---\nid: a|b') DETACH DELETE n\n---\n${SENTENCE}`, expect: "reject", code: "FRONT_MATTER" });
  out.push({ name: "front matter only", ext: ".md", bytes: "---\ntitle: x\n---\n", expect: "reject", code: "EMPTY" });
  out.push({ name: "huge front matter", ext: ".md", bytes: `---\n${"x: y\n".repeat(100_000)}---\n${SENTENCE}`, expect: "accept" });
  out.push({ name: "unknown extension", ext: ".pdf", bytes: "%PDF-1.7", expect: "reject", code: "EXTENSION" });
  return out;
}

interface Outcome { accepted: ArticleToLoad[]; rejected: { where: string; code: string; message: string }[] }

/** The CLI's path for one file, in process: read, decode, parse, extract. Anything but a coded refusal fails the test. */
function ingestPath(file: string): Outcome {
  const out: Outcome = { accepted: [], rejected: [] };
  for (const input of readArticleFile(file, MAX)) {
    if ("error" in input) { out.rejected.push({ where: input.where, code: input.code, message: input.error }); continue; }
    try {
      out.accepted.push(prepareArticleText(input.text, input.meta, MAX));
    } catch (e) {
      if (!(e instanceof ExtractInputError)) throw new Error(`${input.where}: not a coded refusal: ${(e as Error).stack}`);
      out.rejected.push({ where: input.where, code: e.code, message: e.message });
    }
  }
  return out;
}

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph);
});
afterAll(async () => {
  await graph.driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("hostile article files", () => {
  const all = cases();
  const timings: { name: string; ms: number }[] = [];

  it(`${all.length} cases: no crash, bounded time, coded refusals, nothing written for them`, async () => {
    for (const c of all) {
      const file = join(dir, `case-${String(n++).padStart(3, "0")}${c.ext}`);
      writeFileSync(file, c.bytes);
      const before = await countGraph(graph);
      const t0 = performance.now();
      const outcome = ingestPath(file);
      const ms = performance.now() - t0;
      timings.push({ name: c.name, ms });
      // Generous for a loaded CI machine; a catastrophic regex would take minutes.
      expect(ms, `${c.name} took ${ms.toFixed(0)} ms`).toBeLessThan(c.name.startsWith("1 MB") ? 60_000 : 15_000);
      for (const r of outcome.rejected) {
        expect(r.code, `${c.name}: ${r.message}`).toMatch(/^[A-Z_]+$/);
        expect(r.message.length, c.name).toBeGreaterThan(5);
        expect(r.message.length, c.name).toBeLessThan(400);
      }
      if (c.expect === "accept") expect(outcome.rejected, c.name).toEqual([]);
      if (c.expect === "reject") expect(outcome.accepted.map((a) => a.article.id), c.name).toEqual([]);
      if (c.code) expect(outcome.rejected.map((r) => r.code), c.name).toContain(c.code);
      if (outcome.accepted.length > 0) {
        const results = await loadArticles(graph, outcome.accepted);
        expect(results.length, c.name).toBeGreaterThan(0);
      } else {
        expect(await countGraph(graph), `${c.name}: rejected input wrote something`).toEqual(before);
      }
    }
    timings.sort((a, b) => b.ms - a.ms);
    console.log(`ingest fuzz: ${all.length} files tried (${all.filter((c) => c.expect === "reject").length} must be refused, ${all.filter((c) => c.expect === "accept").length} accepted, the rest either); slowest: ${timings.slice(0, 4).map((t) => `${t.name} ${t.ms.toFixed(0)} ms`).join(", ")}`);
  }, 600_000);

  it("the ingest CLI (dry run) over all those files reports each refusal with its code, never crashes, exits 1", async () => {
    const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
      const child = spawn(process.execPath, ["--import", "tsx", "server/src/cli/ingest.ts", "--dry-run", dir], { cwd: root, env: { ...process.env, CI: "true" }, stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "", stderr = "";
      child.stdout.on("data", (d) => { stdout += d; });
      child.stderr.on("data", (d) => { stderr += d; });
      const timer = setTimeout(() => child.kill("SIGKILL"), 240_000);
      child.once("exit", (code) => { clearTimeout(timer); done({ code, stdout, stderr }); });
    });
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/TypeError|RangeError|SyntaxError: |at .*\.ts:\d+/);
    const errors = run.stderr.split("\n").filter((l) => l.startsWith("error: "));
    expect(errors.length).toBeGreaterThan(20);
    for (const line of errors) expect(line, line).toMatch(/\(([A-Z_]+)\)$/);
    expect(run.stdout).toMatch(/^dry run: \d+ would load, 0 updated, 0 unchanged, [1-9]\d* failed/m);
  }, 300_000);
});
