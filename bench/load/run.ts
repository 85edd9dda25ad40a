// npm run bench:load -- [--count 10000] [--extra 3000] [--seed 1] [--batch-size 500] [--connections 50] [--seconds 60] [--ingest-seconds 20]
// The API under load on a managed Neo4j of its own ("load" instance, port 7695 or
// ENTENTE_LOAD_NEO4J_PORT, wiped first) holding a graph of generated articles: autocannon with
// 50 connections for 60 s on a mix of search, depth-2 neighborhood and allianceNetwork queries
// over HTTP on 127.0.0.1, then the same reads for 20 s while batches of new articles are loaded.
// Prints requests/s, latency percentiles and errors; bench/RESULTS.md keeps the latest figures.
import type { AddressInfo } from "node:net";
import { cpus, loadavg, totalmem } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import autocannon, { type Result } from "autocannon";
import { createApp } from "../../server/src/api/createApp.ts";
import { createHttpServer } from "../../server/src/api/createHttpServer.ts";
import { loadTypeDefs } from "../../server/src/api/loadTypeDefs.ts";
import { loadConfig } from "../../server/src/config/loadConfig.ts";
import { applyMigrations } from "../../server/src/graph/applyMigrations.ts";
import { createDriver, type GraphContext } from "../../server/src/graph/GraphContext.ts";
import { loadArticles } from "../../server/src/graph/loadArticle.ts";
import { isDatabaseReady, waitForDatabase } from "../../server/src/graph/waitForDatabase.ts";
import { prepareArticleText, type PreparedArticle } from "../../server/src/ingest/prepareArticle.ts";
import { managedNeo4jFor } from "../../server/src/neo4j/openNeo4j.ts";
import { generateArticles } from "../../server/src/synthetic/generateArticles.ts";

const root = resolve(import.meta.dirname, "..", "..");
const secs = (ms: number) => (ms / 1000).toFixed(1);
const avg = () => loadavg().map((x) => x.toFixed(2)).join(" ");

/** A fixed-seed PRNG so every run asks the same questions. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function summary(label: string, r: Result): string {
  const graphqlErrors = r.mismatches;
  return `${label}: ${r.requests.total} requests in ${r.duration.toFixed(0)} s = ${r.requests.average.toFixed(0)} requests/s; ` +
    `latency p50 ${r.latency.p50} ms, p90 ${r.latency.p90} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms; ` +
    `errors ${r.errors} (timeouts ${r.timeouts}), non-2xx ${r.non2xx}, responses with GraphQL errors ${graphqlErrors}`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      count: { type: "string", default: "10000" }, extra: { type: "string", default: "3000" }, seed: { type: "string", default: "1" },
      "batch-size": { type: "string", default: "500" }, connections: { type: "string", default: "50" },
      seconds: { type: "string", default: "60" }, "ingest-seconds": { type: "string", default: "20" },
    },
  });
  const count = Number(values.count), extra = Number(values.extra), seed = Number(values.seed), batchSize = Number(values["batch-size"]);
  const connections = Number(values.connections), seconds = Number(values.seconds), ingestSeconds = Number(values["ingest-seconds"]);
  for (const [k, v] of Object.entries({ count, extra, batchSize, connections, seconds, ingestSeconds })) {
    if (!Number.isInteger(v) || v < 1 || (k.endsWith("econds") && v > 600)) throw new Error(`--${k} must be a positive integer (seconds at most 600)`);
  }
  const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
  const port = Number(process.env.ENTENTE_LOAD_NEO4J_PORT ?? 7695);
  const managed = managedNeo4jFor(config, root, "load", (l) => console.error(`[load-neo4j] ${l}`), port);
  if (managed.runningPid()) await managed.stop();
  managed.wipeData();
  let t = Date.now();
  const c = (await managed.start()).connection;
  console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, load average at start ${avg()}; node ${process.version}`);
  console.log(`neo4j "load" on port ${port}: heap ${config.managed.heap}, page cache ${config.managed.pageCache}, started in ${secs(Date.now() - t)} s`);
  const graph: GraphContext = { driver: createDriver(c.uri, c.username, c.password), database: c.database };
  const server = createHttpServer({
    graphql: createApp({ graph, typeDefs: loadTypeDefs(resolve(root, "schema")), apiKeys: [] }),
    webDir: resolve(root, "web", "dist"),
    ready: () => isDatabaseReady(graph),
  });
  try {
    await waitForDatabase(graph, config.managed.startTimeoutMs);
    await applyMigrations(graph);

    t = Date.now();
    const articles = generateArticles({ count: count + extra, seed });
    const prepare = (a: (typeof articles)[number]): PreparedArticle =>
      prepareArticleText(a.text, { id: a.id, title: a.title, published: a.published, language: a.language, source: a.source });
    let loaded = 0;
    for (let i = 0; i < count; i += batchSize) {
      await loadArticles(graph, articles.slice(i, Math.min(i + batchSize, count)).map(prepare));
      loaded = Math.min(i + batchSize, count);
    }
    const one = async (cypher: string) => (await graph.driver.executeQuery(cypher, {}, { database: graph.database })).records.map((r) => r.get(0));
    const [nodes] = await one("MATCH (n) RETURN count(n)");
    const [rels] = await one("MATCH ()-[r]->() RETURN count(r)");
    console.log(`graph: ${loaded} generated articles (seed ${seed}) extracted and loaded in batches of ${batchSize} in ${secs(Date.now() - t)} s: ${nodes} nodes, ${rels} relationships`);
    const extraPrepared = articles.slice(count).map(prepare);

    const states = (await one("MATCH (s:State) RETURN s.id ORDER BY s.id")) as string[];
    const people = (await one("MATCH (p:Person) RETURN p.id ORDER BY p.id LIMIT 300")) as string[];
    const meetings = (await one("MATCH (m:Meeting) RETURN m.id ORDER BY m.id LIMIT 300")) as string[];
    const terms = [...((await one("MATCH (p:Person) RETURN p.name ORDER BY p.id LIMIT 100")) as string[]).map((n) => n.split(/\s+/).at(-1)!),
      ...((await one("MATCH (s:State) RETURN s.name ORDER BY s.id")) as string[])];
    const rnd = mulberry32(42);
    const choose = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;

    // A fixed mix, cycled by every connection: 40% search, 40% depth-2 neighborhoods, 20% alliance networks.
    const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
    const requests = Array.from({ length: 100 }, (_, i) => {
      const kind = i % 5;
      let b: string;
      if (kind < 2) b = body("query($t: String!) { search(text: $t, first: 10) { nodes { score node { id type label degree } } } }", { t: choose(terms) });
      else if (kind < 4) {
        const id = rnd() < 0.15 ? choose(states) : rnd() < 0.5 ? choose(people) : choose(meetings);
        b = body("query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 300) { truncated nodes { id type label degree } edges { source target type } } }", { id });
      } else {
        const year = 2015 + Math.floor(rnd() * 10);
        b = body("query($f: String, $t: String) { allianceNetwork(from: $f, to: $t, limit: 200) { truncated ties { a { id } b { id } weight agreementCount meetingCount } } }", { f: String(year), t: String(year + 1) });
      }
      return { method: "POST", path: "/graphql", headers: { "content-type": "application/json" }, body: b };
    });
    console.log(`query mix: ${requests.length} requests cycled per connection (40% search over ${terms.length} names, 40% depth-2 neighborhood of states/people/meetings, 20% allianceNetwork over one-year windows)`);

    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const errorMessages = new Map<string, number>();
    const cannon = (duration: number) => autocannon({
      url, connections, duration, timeout: 30, requests,
      verifyBody: (text: string) => !text.includes("\"errors\""),
    }).on("reqError", (e) => { const m = `${(e as { code?: string }).code ?? ""} ${e.message}`; errorMessages.set(m, (errorMessages.get(m) ?? 0) + 1); });
    const reportErrors = () => {
      for (const [m, n] of errorMessages) console.log(`  request error x${n}: ${m}`);
      errorMessages.clear();
    };

    // Each kind alone, one request at a time: what a query costs without contention.
    for (const [kind, picks] of [["search", [0, 1]], ["neighborhood depth 2", [2, 3]], ["allianceNetwork", [4]]] as const) {
      const times: number[] = [];
      for (let i = 0; i < requests.length && times.length < 10; i++) {
        if (!(picks as readonly number[]).includes(i % 5)) continue;
        const t1 = performance.now();
        const res = await fetch(`${url}/graphql`, { method: "POST", headers: requests[i]!.headers, body: requests[i]!.body });
        const text = await res.text();
        if (res.status !== 200 || text.includes("\"errors\"")) console.log(`  ${kind}: HTTP ${res.status} ${text.slice(0, 200)}`);
        times.push(performance.now() - t1);
      }
      times.sort((a, b) => a - b);
      console.log(`alone, sequential: ${kind}: ${times.length} requests, p50 ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms, max ${times.at(-1)!.toFixed(0)} ms`);
    }

    // Warm-up (JIT, page cache, query plans), not counted.
    await cannon(5);
    if (errorMessages.size) { console.log("warm-up:"); reportErrors(); }
    const reads = await cannon(seconds);
    console.log(summary(`reads, ${connections} connections, ${seconds} s`, reads));
    reportErrors();

    // Reads while new articles keep arriving in batches.
    let ingested = 0, batches = 0, ingestErrors = 0;
    const ingestBatch = Math.min(100, batchSize);
    let stop = false;
    const writer = (async () => {
      const t0 = Date.now();
      for (let i = 0; !stop && i < extraPrepared.length; i += ingestBatch) {
        try {
          await loadArticles(graph, extraPrepared.slice(i, i + ingestBatch));
          ingested += Math.min(ingestBatch, extraPrepared.length - i);
          batches++;
        } catch (e) {
          ingestErrors++;
          console.error(`ingest batch failed: ${(e as Error).message}`);
        }
      }
      return Date.now() - t0;
    })();
    const during = await cannon(ingestSeconds);
    stop = true;
    const writeMs = await writer;
    console.log(summary(`reads during ingest, ${connections} connections, ${ingestSeconds} s`, during));
    reportErrors();
    console.log(`ingest during reads: ${ingested} articles in ${batches} batches of ${ingestBatch} in ${secs(writeMs)} s = ${Math.round(ingested / (writeMs / 1000))} articles/s; failed batches ${ingestErrors}`);
    console.log(`load average at end ${avg()}`);

    const failures = reads.errors + reads.non2xx + reads.mismatches + during.errors + during.non2xx + during.mismatches + ingestErrors;
    if (failures > 0) console.log(`FAILED: ${failures} errors, non-2xx responses, GraphQL errors or failed batches (must be 0)`);
    return failures > 0 ? 1 : 0;
  } finally {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
    await graph.driver.close();
    await managed.stop();
  }
}

main().then((code) => process.exit(code), (e: Error) => { console.error(e); process.exit(1); });
