// npm run bench:ingest -- [--count 10000] [--seed 1] [--batch-size 500] [--naive 300] [--workers 1]
// Ingest throughput on a managed Neo4j of its own ("bench" instance, port 7689, wiped first):
// extraction alone, loading alone (batched), end to end (extraction in worker threads beside
// batched loading), and the naive way (one transaction per article) on a sample.
import { cpus, loadavg, totalmem } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../../server/src/config/loadConfig.ts";
import { applyMigrations } from "../../server/src/graph/applyMigrations.ts";
import { createDriver, type GraphContext } from "../../server/src/graph/GraphContext.ts";
import { loadArticle, loadArticles } from "../../server/src/graph/loadArticle.ts";
import { waitForDatabase } from "../../server/src/graph/waitForDatabase.ts";
import { prepareArticleText, type PreparedArticle } from "../../server/src/ingest/prepareArticle.ts";
import { managedNeo4jFor } from "../../server/src/neo4j/openNeo4j.ts";
import { generateArticles } from "../../server/src/synthetic/generateArticles.ts";
import { extractInWorkers } from "./extractInWorkers.ts";

const root = resolve(import.meta.dirname, "..", "..");

async function clear(ctx: GraphContext): Promise<void> {
  const session = ctx.driver.session({ database: ctx.database });
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
}

async function counts(ctx: GraphContext): Promise<{ nodes: number; rels: number; articles: number }> {
  const r = await ctx.driver.executeQuery(
    `CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
     CALL () { MATCH (a:Article) RETURN count(a) AS articles } RETURN nodes, rels, articles`, {}, { database: ctx.database });
  return { nodes: r.records[0]!.get("nodes"), rels: r.records[0]!.get("rels"), articles: r.records[0]!.get("articles") };
}

/** Distinct ids the extractor gave per label against the nodes the graph holds after resolution. */
async function resolutionSummary(ctx: GraphContext, prepared: PreparedArticle[]): Promise<string> {
  const extracted = {
    Person: new Set(prepared.flatMap((p) => p.extraction.officials.map((o) => o.id))).size,
    Agreement: new Set(prepared.flatMap((p) => p.extraction.agreements.map((a) => a.id))).size,
    Meeting: new Set(prepared.flatMap((p) => p.extraction.meetings.map((m) => m.id))).size,
  };
  const parts: string[] = [];
  for (const [label, n] of Object.entries(extracted)) {
    const r = await ctx.driver.executeQuery(`MATCH (n:${label}) RETURN count(n) AS c`, {}, { database: ctx.database });
    parts.push(`${label} ${n} extracted ids -> ${r.records[0]!.get("c")} nodes`);
  }
  return parts.join(", ");
}

const rate = (n: number, ms: number) => Math.round(n / (ms / 1000));
const secs = (ms: number) => (ms / 1000).toFixed(1);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: "string", default: "10000" }, seed: { type: "string", default: "1" }, "batch-size": { type: "string", default: "500" },
      naive: { type: "string", default: "300" }, workers: { type: "string", default: "1" },
    },
  });
  const count = Number(values.count), seed = Number(values.seed), batchSize = Number(values["batch-size"]);
  const naiveCount = Number(values.naive), workers = Number(values.workers);
  const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
  const port = Number(process.env.ENTENTE_BENCH_NEO4J_PORT ?? 7689);
  const managed = managedNeo4jFor(config, root, "bench", (l) => console.error(`[bench-neo4j] ${l}`), port);
  if (managed.runningPid()) await managed.stop();
  managed.wipeData();
  const t0 = Date.now();
  const started = await managed.start();
  console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, load average at start ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);
  console.log(`neo4j "bench" on port ${port}: heap ${config.managed.heap}, page cache ${config.managed.pageCache}, started in ${secs(Date.now() - t0)} s`);
  const c = started.connection;
  const ctx: GraphContext = { driver: createDriver(c.uri, c.username, c.password), database: c.database };
  try {
    await waitForDatabase(ctx, config.managed.startTimeoutMs);
    await applyMigrations(ctx);

    let t = performance.now();
    const articles = generateArticles({ count, seed });
    console.log(`generated ${articles.length} articles (seed ${seed}) in ${secs(performance.now() - t)} s: ` +
      `${articles.filter((a) => a.language === "ar").length} ar, ${articles.filter((a) => a.language === "en").length} en, ` +
      `${Math.round(articles.reduce((s, a) => s + a.text.length, 0) / articles.length)} characters on average`);

    t = performance.now();
    const prepared: PreparedArticle[] = articles.map((a) =>
      prepareArticleText(a.text, { id: a.id, title: a.title, published: a.published, language: a.language, source: a.source }));
    const extractMs = performance.now() - t;
    console.log(`extraction alone (main thread): ${prepared.length} articles in ${secs(extractMs)} s = ${rate(prepared.length, extractMs)} articles/s`);

    // A fresh JVM interprets, then compiles, Neo4j's hot paths: the first loads are not representative.
    t = performance.now();
    for (let i = 0; i < Math.min(2000, prepared.length); i += batchSize) await loadArticles(ctx, prepared.slice(i, Math.min(i + batchSize, 2000)));
    await clear(ctx);
    console.log(`warm-up (${Math.min(2000, prepared.length)} articles loaded, then the graph emptied): ${secs(performance.now() - t)} s`);

    // Naive: one transaction per article, on a fresh database.
    const sample = prepared.slice(0, naiveCount);
    t = performance.now();
    for (const p of sample) await loadArticle(ctx, p.article, p.extraction);
    const naiveMs = performance.now() - t;
    const naiveRate = sample.length / (naiveMs / 1000);
    console.log(`naive loading (loadArticle, one transaction per article): ${sample.length} articles in ${secs(naiveMs)} s = ${rate(sample.length, naiveMs)} articles/s`);
    await clear(ctx);

    t = performance.now();
    for (let i = 0; i < prepared.length; i += batchSize) await loadArticles(ctx, prepared.slice(i, i + batchSize));
    const loadMs = performance.now() - t;
    const loaded = await counts(ctx);
    const loadRate = prepared.length / (loadMs / 1000);
    console.log(`loading alone (loadArticles, batches of ${batchSize}): ${prepared.length} articles in ${secs(loadMs)} s = ${rate(prepared.length, loadMs)} articles/s; ` +
      `graph: ${loaded.articles} articles, ${loaded.nodes} nodes, ${loaded.rels} relationships`);
    console.log(`batched / naive: ${(loadRate / naiveRate).toFixed(1)}x`);
    console.log(`entity resolution: ${await resolutionSummary(ctx, prepared)}`);

    t = performance.now();
    const again = await loadArticles(ctx, prepared.slice(0, batchSize));
    console.log(`re-loading ${batchSize} unchanged articles: ${secs(performance.now() - t)} s, ${again.filter((r) => r.status === "unchanged").length} unchanged`);
    await clear(ctx);

    t = performance.now();
    let n = 0;
    for await (const chunk of extractInWorkers(articles, batchSize, workers)) {
      await loadArticles(ctx, chunk);
      n += chunk.length;
    }
    const e2eMs = performance.now() - t;
    const e2e = await counts(ctx);
    console.log(`end to end (extraction in ${workers} worker thread(s) beside batched loading): ${n} articles in ${secs(e2eMs)} s = ${rate(n, e2eMs)} articles/s; ` +
      `graph: ${e2e.articles} articles, ${e2e.nodes} nodes, ${e2e.rels} relationships`);
    console.log(`load average at end ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);
  } finally {
    await ctx.driver.close();
    await managed.stop();
  }
}

main().then(() => process.exit(0), (e: Error) => { console.error(e); process.exit(1); });
