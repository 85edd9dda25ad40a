import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import type { GraphContext } from "../../server/src/graph/GraphContext.ts";
import { clearGraph, openTestGraph } from "../support/testGraph.ts";

const root = resolve(import.meta.dirname, "..", "..");
let ctx: GraphContext;
let dir: string;

beforeAll(async () => { ctx = await openTestGraph(); dir = mkdtempSync(join(tmpdir(), "entente-ingest-")); });
afterAll(async () => { await ctx.driver.close(); rmSync(dir, { recursive: true, force: true }); });
beforeEach(async () => { await clearGraph(ctx); });

/** Runs the ingest CLI against the test database; resolves with its exit code and output. */
function ingest(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const c = inject("neo4j");
  return new Promise((done, fail) => {
    const child = spawn("npx", ["tsx", "server/src/cli/ingest.ts", ...args], {
      cwd: root,
      env: { ...process.env, NEO4J_URI: c.uri, NEO4J_USERNAME: c.username, NEO4J_PASSWORD: c.password, NEO4J_DATABASE: c.database, CI: "1" },
    });
    let stdout = "", stderr = "";
    child.stdout.on("data", (d) => { stdout += d; });
    child.stderr.on("data", (d) => { stderr += d; });
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}

async function articleIds(): Promise<string[]> {
  const r = await ctx.driver.executeQuery("MATCH (a:Article) RETURN a.id AS id ORDER BY id", {}, { database: ctx.database });
  return r.records.map((x) => x.get("id") as string);
}

const file = (name: string, content: string | Buffer) => { const p = join(dir, name); writeFileSync(p, content); return p; };

describe("npm run ingest", () => {
  it("loads good files, reports and skips a malformed, mis-encoded or unknown one, and exits 1", async () => {
    const good = file("good.md", "---\nid: cli-good\ntitle: Visit\npublished: 2021-11-25\nlanguage: en\n---\nMoroccan Foreign Minister Khalid El Hachimi arrived in Cairo on 24 November 2021.\n");
    const lines = file("feed.jsonl", [
      JSON.stringify({ id: "cli-line-1", published: "2020-01-02", language: "ar", text: "وقع المغرب ومصر مذكرة تفاهم للتعاون الدفاعي يوم 1 يناير 2020." }),
      "{ not json",
      JSON.stringify({ id: "cli-line-3", title: 5, text: "Egypt and Jordan held talks." }),
      JSON.stringify({ id: "cli-line-4", published: "2020-02-03", text: "Jordanian King Abdullah II received Egyptian President Abdel Fattah al-Sisi in Amman on 2 February 2020." }),
    ].join("\n"));
    const broken = file("broken.json", "{\"id\": \"cli-broken\", \"text\": ");
    const latin1 = file("latin1.txt", Buffer.from([0x4c, 0x65, 0x20, 0x4d, 0x61, 0x72, 0x6f, 0x63, 0x20, 0xe9, 0x74, 0xe9, 0x20, 0x63, 0x6f, 0x6e, 0x74, 0x65, 0x6e, 0x74, 0x2e]));
    const pdf = file("scan.pdf", "%PDF-1.4 not an article");

    const run = await ingest(good, lines, broken, latin1, pdf);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/feed\.jsonl:2: invalid JSON/);
    expect(run.stderr).toMatch(/feed\.jsonl:3: field "title" must be a string/);
    expect(run.stderr).toMatch(/broken\.json: invalid JSON/);
    expect(run.stderr).toMatch(/latin1\.txt: the file is not valid UTF-8/);
    expect(run.stderr).toMatch(/scan\.pdf: unknown extension "\.pdf"/);
    expect(run.stdout).toMatch(/^3 new, 0 updated, 0 unchanged, 5 failed; \d+ nodes and \d+ relationships created/m);
    expect(await articleIds()).toEqual(["article:cli-good", "article:cli-line-1", "article:cli-line-4"]);

    // The good ones again: nothing new, and a clean run exits 0.
    const again = await ingest(good, lines);
    expect(again.stdout).toMatch(/^0 new, 0 updated, 3 unchanged, 2 failed/m);
    const clean = await ingest(good);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/^0 new, 0 updated, 1 unchanged, 0 failed/m);
  });

  it("writes nothing on a dry run and says what it would load", async () => {
    const good = file("dry.txt", "Egypt and Jordan signed an agreement on water cooperation on 3 March 2021.\n");
    const run = await ingest("--dry-run", good, join(dir, "missing-*.txt"));
    expect(run.stdout).toMatch(/^dry run: 1 would load, 0 updated, 0 unchanged, 1 failed/m);
    expect(run.stderr).toMatch(/missing-\*\.txt: no such file, folder or matching glob/);
    expect(run.code).toBe(1);
    expect(await articleIds()).toEqual([]);
  });

  it("loads a generated .jsonl feed completely", async () => {
    const out = join(dir, "generated.jsonl");
    const gen = await new Promise<number | null>((done) => {
      spawn("npx", ["tsx", "server/src/cli/generate.ts", "--count", "120", "--seed", "5", "--out", out], { cwd: root, stdio: "ignore" }).on("close", done);
    });
    expect(gen).toBe(0);
    const run = await ingest("--batch-size", "50", out);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^120 new, 0 updated, 0 unchanged, 0 failed/m);
    expect(await articleIds()).toHaveLength(120);
  });
});
