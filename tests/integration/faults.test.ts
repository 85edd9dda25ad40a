// Faults on a Neo4j of its own ("faults" instance, its own port, wiped first): the database killed
// in the middle of an ingest, restarted, stopped and started; a server started before it.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/src/api/createApp.ts";
import { loadTypeDefs } from "../../server/src/api/loadTypeDefs.ts";
import { loadConfig } from "../../server/src/config/loadConfig.ts";
import { articleToGraphRows } from "../../server/src/graph/articleToGraphRows.ts";
import { createDriver, type GraphContext } from "../../server/src/graph/GraphContext.ts";
import { isDatabaseReady, probeDatabase, waitForDatabase } from "../../server/src/graph/waitForDatabase.ts";
import { prepareArticleText } from "../../server/src/ingest/prepareArticle.ts";
import type { ManagedNeo4j, Neo4jConnection } from "../../server/src/neo4j/ManagedNeo4j.ts";
import { managedNeo4jFor } from "../../server/src/neo4j/openNeo4j.ts";
import { generateArticles } from "../../server/src/synthetic/generateArticles.ts";

const root = resolve(import.meta.dirname, "..", "..");
// Beside the test instance's port, so two test runs given different ENTENTE_TEST_NEO4J_PORTs never share it.
const PORT = Number(process.env.ENTENTE_FAULTS_NEO4J_PORT ?? Number(process.env.ENTENTE_TEST_NEO4J_PORT ?? 7688) + 8);
const TOTAL = 240;
const BATCH = 8;
const config = loadConfig({ ...process.env, NEO4J_URI: undefined, ENTENTE_NEO4J_HEAP: "512m", ENTENTE_NEO4J_PAGECACHE: "64m" });
const managed: ManagedNeo4j = managedNeo4jFor(config, root, "faults", (l) => console.log(`[faults-neo4j] ${l}`), PORT);
const articles = generateArticles({ count: TOTAL, seed: 5 });
const dir = mkdtempSync(join(tmpdir(), "entente-faults-"));
const file = join(dir, "articles.jsonl");
let conn: Neo4jConnection;
let probe: GraphContext;
/** The API over its own driver, as main.ts wires it, kept across the outage. */
let api: GraphContext;
let app: ReturnType<typeof createApp>;
const STATS = JSON.stringify({ query: "{ stats { labels { label count } } search(text: \"egypt\") { nodes { node { id } } } }" });
const post = (body: string) => app.fetch("http://test/graphql", { method: "POST", headers: { "content-type": "application/json" }, body });

function graphFor(c: Neo4jConnection): GraphContext {
  return { driver: createDriver(c.uri, c.username, c.password), database: c.database };
}

/** A read in an auto-commit transaction (no retries), for watching the database from the test. */
async function scalar(cypher: string): Promise<number> {
  const s = probe.driver.session({ database: probe.database });
  try { return (await s.run(cypher)).records[0]!.get(0) as number; } finally { await s.close(); }
}
const counts = async () => ({
  nodes: await scalar("MATCH (n) RETURN count(n)"),
  rels: await scalar("MATCH ()-[r]->() RETURN count(r)"),
  articles: await scalar("MATCH (a:Article) RETURN count(a)"),
});

interface Run { code: number | null; stdout: string; stderr: string }
/** A child process with a time bound; resolves with its exit code and output. */
function run(args: string[], env: Record<string, string>, boundMs: number): { child: ChildProcess; done: Promise<Run> } {
  // tsx's loader inside node, as `npm start` runs the server: the tsx CLI would SIGKILL a child
  // that is slow to acknowledge a relayed SIGTERM (see shutdown.test.ts).
  const child = spawn(process.execPath, ["--import", "tsx", ...args], { cwd: root, env: { ...process.env, CI: "true", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "", stderr = "";
  child.stdout!.on("data", (d) => { stdout += d; });
  child.stderr!.on("data", (d) => { stderr += d; });
  const done = new Promise<Run>((r) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), boundMs);
    child.once("exit", (code) => { clearTimeout(timer); r({ code, stdout, stderr }); });
  });
  return { child, done };
}

function ingestCli(): { child: ChildProcess; done: Promise<Run> } {
  return run(["server/src/cli/ingest.ts", "--batch-size", String(BATCH), file],
    { NEO4J_URI: conn.uri, NEO4J_USERNAME: conn.username, NEO4J_PASSWORD: conn.password, NEO4J_DATABASE: conn.database }, 240_000);
}

async function until(what: string, check: () => boolean | Promise<boolean>, boundMs: number, everyMs = 100): Promise<void> {
  const deadline = Date.now() + boundMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${boundMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", () => r()));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

beforeAll(async () => {
  writeFileSync(file, articles.map((a) => JSON.stringify(a)).join("\n") + "\n");
  if (managed.runningPid()) await managed.stop();
  managed.wipeData();
  conn = (await managed.start()).connection;
  probe = graphFor(conn);
  api = graphFor(conn);
  app = createApp({ graph: api, typeDefs: loadTypeDefs(resolve(root, "schema")), apiKeys: ["k"] });
  await waitForDatabase(probe, 60_000);
}, 240_000);

afterAll(async () => {
  await probe?.driver.close();
  await api?.driver.close();
  await managed.stop();
  rmSync(dir, { recursive: true, force: true });
}, 120_000);

describe("faults", () => {
  let loadedBeforeKill = 0;
  /** Articles the CLI counted as new before the kill; the batch in flight may have committed too. */
  let reportedNew = -1;

  it("Neo4j killed mid-ingest: the CLI fails with a clear error and non-zero exit, the API answers 503 DATABASE_UNAVAILABLE, /ready says not ready", async () => {
    const ok = await post(STATS);
    expect(ok.status).toBe(200);

    const cli = ingestCli();
    // Kill once a few batches are in, well before the end.
    await until("a few batches loaded", async () => (await scalar("MATCH (a:Article) RETURN count(a)")) >= 3 * BATCH, 180_000);
    const pid = managed.runningPid();
    expect(pid).not.toBeNull();
    process.kill(pid!, "SIGKILL");
    await until("the java process to die", () => managed.runningPid() === null, 10_000);

    let t0 = Date.now();
    expect(await isDatabaseReady(api)).toBe(false);
    expect(Date.now() - t0).toBeLessThan(4000);
    t0 = Date.now();
    const timedStats = Promise.resolve(post(STATS)).then((answer) => ({ answer, ms: Date.now() - t0 }));
    const [{ answer: res, ms: firstMs }, out] = await Promise.all([timedStats, cli.done]);
    const body = (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
    expect(res.status).toBe(503);
    expect(body.errors?.length).toBeGreaterThan(0);
    for (const e of body.errors!) expect(e.extensions?.code).toBe("DATABASE_UNAVAILABLE");
    expect(JSON.stringify(body)).not.toContain(conn.password);
    // Once the driver has seen the database down, requests fail fast instead of waiting out the retries.
    t0 = Date.now();
    const again = await post(STATS);
    const againMs = Date.now() - t0;
    console.log(`API while Neo4j is down: HTTP ${res.status} ${body.errors?.[0]?.extensions?.code} after ${(firstMs / 1000).toFixed(1)} s (a read running 1.5 s probes the database), then HTTP ${again.status} after ${againMs} ms`);
    // The first read does not wait out the driver's retries (about 16 s): a probe after 1.5 s finds the database gone.
    expect(firstMs).toBeLessThan(8000);
    expect(again.status).toBe(503);
    expect(((await again.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe("DATABASE_UNAVAILABLE");
    expect(againMs).toBeLessThan(3000);

    console.log(`ingest CLI when Neo4j died: exit ${out.code}\n${out.stdout}${out.stderr.split("\n").filter((l) => l.startsWith("error")).join("\n")}`);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/error: batch of \d+ articles .* not confirmed, it was written whole or not at all: the graph database is not reachable/);
    expect(out.stderr).toMatch(/stopped early: .* \d+ more articles were not attempted/);
    expect(out.stdout).toMatch(/\d+ new, 0 updated, 0 unchanged, [1-9]\d* failed/);
    reportedNew = Number(/(\d+) new/.exec(out.stdout)![1]);
    expect(`${out.stdout}${out.stderr}`).not.toContain(conn.password);
  }, 240_000);

  it("after a restart: only whole batches are there, every article with all its mentions, and the same command completes with exact counts", async () => {
    await managed.start();
    await waitForDatabase(probe, 120_000);
    // The API's driver reconnects by itself.
    await until("the API to answer again", async () => (await post(STATS)).status === 200, 30_000, 500);
    loadedBeforeKill = await scalar("MATCH (a:Article) RETURN count(a)");
    expect(loadedBeforeKill).toBeGreaterThanOrEqual(3 * BATCH);
    expect(loadedBeforeKill).toBeLessThan(TOTAL);
    expect(loadedBeforeKill % BATCH).toBe(0);
    // What the CLI confirmed is there, plus at most the batch whose answer was lost with the connection.
    expect([reportedNew, reportedNew + BATCH]).toContain(loadedBeforeKill);

    // Every article present has exactly the mention spans a fresh extraction gives (entity
    // resolution may rename or unite entities, never drop a span).
    const s = probe.driver.session({ database: probe.database });
    const stored = new Map<string, Set<string>>();
    try {
      const r = await s.run("MATCH (a:Article) OPTIONAL MATCH (n)-[m:MENTIONED_IN]->(a) RETURN a.id AS id, collect(m.spans) AS spans");
      for (const rec of r.records) {
        const set = new Set<string>();
        for (const flat of rec.get("spans") as number[][]) for (let i = 0; i + 1 < flat.length; i += 2) set.add(`${flat[i]}-${flat[i + 1]}`);
        stored.set(rec.get("id") as string, set);
      }
    } finally { await s.close(); }
    expect(stored.size).toBe(loadedBeforeKill);
    let checked = 0;
    for (const a of articles) {
      const id = `article:${a.id.replace(/^article:/, "")}`;
      const got = stored.get(id);
      if (!got) continue;
      const p = prepareArticleText(a.text, { id: a.id, title: a.title, published: a.published, language: a.language, source: a.source });
      const want = new Set(articleToGraphRows(p.article, p.extraction).mentions.flatMap((m) => {
        const out: string[] = [];
        for (let i = 0; i + 1 < m.spans.length; i += 2) out.push(`${m.spans[i]}-${m.spans[i + 1]}`);
        return out;
      }));
      expect([...got].sort(), id).toEqual([...want].sort());
      checked++;
    }
    expect(checked).toBe(loadedBeforeKill);

    const again = await ingestCli().done;
    console.log(`ingest CLI again: exit ${again.code}: ${again.stdout.trim()}`);
    expect(again.code).toBe(0);
    const m = /(\d+) new, (\d+) updated, (\d+) unchanged, (\d+) failed/.exec(again.stdout);
    expect(m).not.toBeNull();
    const [news, updated, unchanged, failed] = m!.slice(1).map(Number) as [number, number, number, number];
    expect({ news, updated, unchanged, failed }).toEqual({ news: TOTAL - loadedBeforeKill, updated: 0, unchanged: loadedBeforeKill, failed: 0 });
    expect(await scalar("MATCH (a:Article) RETURN count(a)")).toBe(TOTAL);
  }, 300_000);

  it("a restart keeps all data; a server started before Neo4j waits for it, connects and serves; SIGTERM ends it cleanly", async () => {
    const before = await counts();
    expect(before.articles).toBe(TOTAL);
    await managed.stop();
    await expect(probeDatabase(probe, 2000)).rejects.toBeTruthy();
    const port = await freePort();
    const server = run(["server/src/main.ts"], {
      NEO4J_URI: conn.uri, NEO4J_USERNAME: conn.username, NEO4J_PASSWORD: conn.password, PORT: String(port), HOST: "127.0.0.1",
      ENTENTE_LOAD_SEEDS: "false", ENTENTE_NEO4J_START_TIMEOUT: "180",
    }, 300_000);
    let out: Run | null = null;
    void server.done.then((r) => { out = r; });
    try {
      let stdout = "";
      server.child.stdout!.on("data", (d) => { stdout += d; });
      await until("the server to say it waits for Neo4j", () => stdout.includes("waiting for Neo4j") || out !== null, 60_000);
      expect(out).toBeNull();
      await new Promise((r) => setTimeout(r, 3000));
      expect(out, "the server must keep waiting, not exit").toBeNull();
      await managed.start();
      await until("the server to be ready", () => stdout.includes("ready at") || out !== null, 180_000, 250);
      expect(out).toBeNull();
      const ready = await fetch(`http://127.0.0.1:${port}/ready`);
      expect(ready.status).toBe(200);
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ articles(first: 1) { totalCount } }" }) });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { data: { articles: { totalCount: number } } }).data.articles.totalCount).toBe(TOTAL);
      expect(await counts()).toEqual(before);
      server.child.kill("SIGTERM");
      const end = await server.done;
      expect(end.code).toBe(0);
    } finally {
      if (out === null) server.child.kill("SIGKILL");
    }
  }, 300_000);
});
