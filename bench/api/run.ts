// npm run bench:api -- [--count 10000] [--samples 200] [--concurrency 20] [--seconds 15]
// Latency of the main analyst queries through GraphQL over HTTP against the same graph-layer
// Cypher called directly through the driver, on a graph built from generated articles, in a
// managed Neo4j of its own ("benchapi" instance, port 7690, wiped first); then throughput with
// concurrent clients. Prints its figures; bench/RESULTS.md keeps the latest.
import type { AddressInfo } from "node:net";
import { request as httpRequest, Agent } from "node:http";
import { cpus, loadavg, totalmem } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { createApp } from "../../server/src/api/createApp.ts";
import { createHttpServer } from "../../server/src/api/createHttpServer.ts";
import { loadTypeDefs } from "../../server/src/api/loadTypeDefs.ts";
import { loadConfig } from "../../server/src/config/loadConfig.ts";
import { applyMigrations } from "../../server/src/graph/applyMigrations.ts";
import { findAllianceNetwork } from "../../server/src/graph/findAllianceNetwork.ts";
import { findNeighborhood } from "../../server/src/graph/findGraph.ts";
import { findPaths } from "../../server/src/graph/findPaths.ts";
import { createDriver, type GraphContext } from "../../server/src/graph/GraphContext.ts";
import { loadArticles } from "../../server/src/graph/loadArticle.ts";
import { searchEntities } from "../../server/src/graph/searchEntities.ts";
import { isDatabaseReady, waitForDatabase } from "../../server/src/graph/waitForDatabase.ts";
import { prepareArticleText } from "../../server/src/ingest/prepareArticle.ts";
import { managedNeo4jFor } from "../../server/src/neo4j/openNeo4j.ts";
import { generateArticles } from "../../server/src/synthetic/generateArticles.ts";

const root = resolve(import.meta.dirname, "..", "..");

/** A small deterministic PRNG so every run asks the same questions. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

interface Case {
  name: string;
  graphql: (i: number) => { query: string; variables: Record<string, unknown> };
  direct: (i: number) => Promise<unknown>;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: "string", default: "10000" }, samples: { type: "string", default: "200" },
      concurrency: { type: "string", default: "20" }, seconds: { type: "string", default: "15" },
    },
  });
  const count = Number(values.count), samples = Number(values.samples), concurrency = Number(values.concurrency), seconds = Number(values.seconds);
  const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
  const port = Number(process.env.ENTENTE_BENCHAPI_NEO4J_PORT ?? 7690);
  const managed = managedNeo4jFor(config, root, "benchapi", (l) => console.error(`[benchapi-neo4j] ${l}`), port);
  if (managed.runningPid()) await managed.stop();
  managed.wipeData();
  const started = await managed.start();
  const c = started.connection;
  const graph: GraphContext = { driver: createDriver(c.uri, c.username, c.password), database: c.database };
  const app = createApp({ graph, typeDefs: loadTypeDefs(resolve(root, "schema")), apiKeys: [] });
  const server = createHttpServer({
    graphql: app,
    webDir: resolve(root, "web", "dist"),
    ready: () => isDatabaseReady(graph),
  });
  try {
    console.log(`machine: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, load average ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);
    await waitForDatabase(graph, config.managed.startTimeoutMs);
    await applyMigrations(graph);
    const t = performance.now();
    // In a function of its own, so the generated corpus is garbage once loaded: the API process
    // measured below should not carry the benchmark's 10,000 articles in its heap.
    const loaded = await (async () => {
      const articles = generateArticles({ count, seed: 7 });
      for (let i = 0; i < articles.length; i += 500) {
        const batch = articles.slice(i, i + 500).map((a) => prepareArticleText(a.text, { id: a.id, title: a.title, published: a.published, language: a.language, source: a.source }));
        await loadArticles(graph, batch);
      }
      return articles.length;
    })();
    console.log(`graph: ${loaded} generated articles extracted and loaded in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    await new Promise((r) => setTimeout(r, 100));
    console.log(`bench process heap after loading: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB used`);

    const pick = async (cypher: string) => (await graph.driver.executeQuery(cypher, {}, { database: graph.database })).records.map((r) => r.get(0) as string);
    const states = await pick("MATCH (s:State) RETURN s.id ORDER BY s.id");
    const people = await pick("MATCH (p:Person) RETURN p.id ORDER BY p.id LIMIT 500");
    const names = await pick("MATCH (p:Person) RETURN p.name ORDER BY p.id LIMIT 200");
    const stateNames = await pick("MATCH (s:State) RETURN s.name ORDER BY s.id");
    const terms = [...names.map((n) => n.split(/\s+/).at(-1)!), ...stateNames];
    console.log(`graph: ${states.length} states, ${people.length}+ people; query inputs drawn with a fixed seed`);

    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const rnd = mulberry32(42);
    const choose = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
    const inputs = Array.from({ length: samples + 50 }, () => ({
      term: choose(terms), state: choose(states), other: choose(states), person: choose(people), year: 2015 + Math.floor(rnd() * 9),
    }));

    const cases: Case[] = [
      {
        name: "search",
        graphql: (i) => ({ query: "query($t: String!) { search(text: $t, first: 10) { nodes { score node { id type label degree } } } }", variables: { t: inputs[i]!.term } }),
        direct: (i) => searchEntities(graph, inputs[i]!.term, [], 11),
      },
      {
        name: "neighborhood depth 2",
        graphql: (i) => ({ query: "query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 300) { truncated nodes { id type label degree } edges { source target type } } }", variables: { id: inputs[i]!.person } }),
        direct: (i) => findNeighborhood(graph, [inputs[i]!.person], 2, 300),
      },
      {
        name: "path (states, <= 4 edges)",
        graphql: (i) => ({ query: "query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxLength: 4, first: 1) { length nodes { id } edges { type evidence { sentence } } } }", variables: { a: inputs[i]!.state, b: inputs[i]!.other } }),
        direct: (i) => findPaths(graph, inputs[i]!.state, inputs[i]!.other, 4, [], 1),
      },
      {
        name: "alliance network (2 years)",
        graphql: (i) => ({ query: "query($f: String, $t: String) { allianceNetwork(from: $f, to: $t, minWeight: 1, limit: 200) { ties { a { id } b { id } weight agreementCount meetingCount } } }", variables: { f: String(inputs[i]!.year), t: String(inputs[i]!.year + 1) } }),
        direct: (i) => findAllianceNetwork(graph, { from: String(inputs[i]!.year), to: String(inputs[i]!.year + 1), domains: [], states: [], minWeight: 1, limit: 200, withItems: false }),
      },
    ];

    // The same request from Node's plain HTTP client with keep-alive: undici's fetch adds a few
    // tenths of a millisecond of its own per call, which is the client's cost, not the API's.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const target = new URL(url);
    const postPlain = (body: { query: string; variables: Record<string, unknown> }) => new Promise<void>((done, fail) => {
      const payload = JSON.stringify(body);
      const req = httpRequest({ host: target.hostname, port: target.port, path: target.pathname, method: "POST", agent,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload) } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const json = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { errors?: unknown[] };
          if (res.statusCode !== 200 || json.errors) fail(new Error(`GraphQL error: ${JSON.stringify(json.errors ?? res.statusCode).slice(0, 300)}`));
          else done();
        });
      });
      req.on("error", fail);
      req.end(payload);
    });
    const post = async (body: { query: string; variables: Record<string, unknown> }) => {
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      const json = (await res.json()) as { errors?: unknown[] };
      if (!res.ok || json.errors) throw new Error(`GraphQL error: ${JSON.stringify(json.errors ?? res.status).slice(0, 300)}`);
    };
    // The same request handed to the app without a socket: what GraphQL itself costs, apart from HTTP.
    const inProcess = async (body: { query: string; variables: Record<string, unknown> }) => {
      const res = await app.fetch("http://bench/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      const json = (await res.json()) as { errors?: unknown[] };
      if (json.errors) throw new Error(`GraphQL error: ${JSON.stringify(json.errors).slice(0, 300)}`);
    };
    const rows: string[] = [];
    for (const k of cases) {
      for (let i = 0; i < 20; i++) { await k.direct(samples + i); await inProcess(k.graphql(samples + i)); await post(k.graphql(samples + i)); await postPlain(k.graphql(samples + i)); }
      const direct: number[] = [], local: number[] = [], viaApi: number[] = [], viaPlain: number[] = [];
      // Interleaved, so all four see the same cache and machine load.
      for (let i = 0; i < samples; i++) {
        let s = performance.now(); await k.direct(i); direct.push(performance.now() - s);
        s = performance.now(); await inProcess(k.graphql(i)); local.push(performance.now() - s);
        s = performance.now(); await post(k.graphql(i)); viaApi.push(performance.now() - s);
        s = performance.now(); await postPlain(k.graphql(i)); viaPlain.push(performance.now() - s);
      }
      const row = `| ${k.name} | ${pct(direct, 50).toFixed(1)} | ${pct(direct, 95).toFixed(1)} | ${pct(local, 50).toFixed(1)} | ${pct(viaApi, 50).toFixed(1)} | ${pct(viaApi, 95).toFixed(1)} | ${(pct(viaApi, 50) / pct(direct, 50)).toFixed(2)}x | ${pct(viaPlain, 50).toFixed(1)} | ${(pct(viaPlain, 50) / pct(direct, 50)).toFixed(2)}x |`;
      rows.push(row);
      console.log(row);
    }
    console.log("\n| query | direct p50 ms | direct p95 ms | GraphQL without HTTP p50 ms | over HTTP (fetch) p50 ms | over HTTP (fetch) p95 ms | fetch / direct p50 | over HTTP (node:http) p50 ms | node:http / direct p50 |\n|---|---|---|---|---|---|---|---|---|\n" + rows.join("\n"));

    agent.destroy();

    // Throughput: `concurrency` clients each sending the four queries in turn for `seconds`.
    let done = 0, errors = 0;
    const latencies: number[] = [];
    const deadline = performance.now() + seconds * 1000;
    await Promise.all(Array.from({ length: concurrency }, async (_, client) => {
      let i = client;
      while (performance.now() < deadline) {
        const k = cases[i % cases.length]!;
        const s = performance.now();
        try { await post(k.graphql(i % samples)); done++; } catch { errors++; }
        latencies.push(performance.now() - s);
        i += concurrency;
      }
    }));
    console.log(`\nthroughput with ${concurrency} concurrent clients for ${seconds} s (mixed queries): ${(done / seconds).toFixed(1)} requests/s, ` +
      `p50 ${pct(latencies, 50).toFixed(0)} ms, p95 ${pct(latencies, 95).toFixed(0)} ms, errors ${errors}`);
    console.log(`load average at end ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);
  } finally {
    server.close();
    await graph.driver.close();
    await managed.stop();
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
