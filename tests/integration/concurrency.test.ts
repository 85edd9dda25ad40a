// The same article ingested by 8 clients at once, and overlapping articles loaded in parallel:
// one article, no duplicate nodes, no duplicate relationships, the same graph as a sequential load.
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/src/api/createApp.ts";
import { loadTypeDefs } from "../../server/src/api/loadTypeDefs.ts";
import type { GraphContext } from "../../server/src/graph/GraphContext.ts";
import { loadArticles, type ArticleToLoad } from "../../server/src/graph/loadArticle.ts";
import { prepareArticleText } from "../../server/src/ingest/prepareArticle.ts";
import { generateArticles, type SyntheticArticle } from "../../server/src/synthetic/generateArticles.ts";
import { clearGraph, countGraph, openTestGraph } from "../support/testGraph.ts";

const root = resolve(import.meta.dirname, "..", "..");
const CLIENTS = 8;
let graph: GraphContext;
let app: ReturnType<typeof createApp>;

const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { status article { id } } }`;

function prepared(a: SyntheticArticle): ArticleToLoad {
  return prepareArticleText(a.text, { id: a.id, title: a.title, published: a.published, language: a.language, source: a.source });
}

async function ingest(a: SyntheticArticle) {
  const res = await app.fetch("http://test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: "Bearer k" },
    body: JSON.stringify({ query: INGEST, variables: { input: { text: a.text, id: a.id, title: a.title, published: a.published, language: a.language, source: a.source } } }),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } };
}

/** Nodes sharing an id, and relationships of one type repeated between the same two nodes. */
async function duplicates(): Promise<{ nodes: unknown[]; rels: unknown[] }> {
  const q = async (cypher: string) => (await graph.driver.executeQuery(cypher, {}, { database: graph.database })).records.map((r) => r.toObject());
  return {
    nodes: await q("MATCH (n) WHERE n.id IS NOT NULL WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN id, c"),
    rels: await q("MATCH (a)-[r]->(b) WITH a, b, type(r) AS t, count(r) AS c WHERE c > 1 RETURN a.id AS a, b.id AS b, t, c LIMIT 20"),
  };
}

async function articleCount(): Promise<number> {
  const r = await graph.driver.executeQuery("MATCH (a:Article) RETURN count(a) AS n", {}, { database: graph.database });
  return r.records[0]!.get("n") as number;
}

/** A canonical picture of the graph (ids with labels, relationships with their sources), for equality. */
async function snapshot(): Promise<{ nodes: string[]; rels: string[] }> {
  const run = (cypher: string) => graph.driver.executeQuery(cypher, {}, { database: graph.database });
  const nodes = (await run("MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels")).records
    .map((r) => `${r.get("id")} ${[...(r.get("labels") as string[])].sort().join(":")}`);
  const rels = (await run("MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS a, type(r) AS t, b.id AS b, r.sources AS sources")).records
    .map((r) => `${r.get("a")} -${r.get("t")}-> ${r.get("b")} ${[...((r.get("sources") as string[] | null) ?? [])].sort().join(",")}`);
  return { nodes: nodes.sort(), rels: rels.sort() };
}

// Articles with states, officials, agreements and meetings; several report the same event.
const articles = generateArticles({ count: 40, seed: 11 });
const rich = articles.find((a) => a.language === "en" && /signed|agreement|memorandum/i.test(a.text)) ?? articles[0]!;

beforeAll(async () => {
  graph = await openTestGraph();
  app = createApp({ graph, typeDefs: loadTypeDefs(resolve(root, "schema")), apiKeys: ["k"] });
});
afterAll(async () => { await graph.driver.close(); });

describe("concurrent ingest", () => {
  it(`the same article through ${CLIENTS} parallel ingestArticle mutations: one article, one 'created', no duplicates`, async () => {
    await clearGraph(graph);
    const results = await Promise.all(Array.from({ length: CLIENTS }, () => ingest(rich)));
    for (const r of results) {
      expect(r.status).toBe(200);
      expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined();
    }
    const statuses = results.map((r) => r.body.data.ingestArticle.status as string).sort();
    expect(statuses).toEqual(["created", ...Array(CLIENTS - 1).fill("unchanged")]);
    expect(await articleCount()).toBe(1);
    expect(await duplicates()).toEqual({ nodes: [], rels: [] });
    const once = await snapshot();
    // The same graph as one sequential load.
    await clearGraph(graph);
    await loadArticles(graph, [prepared(rich)]);
    expect(await snapshot()).toEqual(once);
  });

  it(`the same batch through ${CLIENTS} parallel loadArticles calls: each article once, no duplicates`, async () => {
    await clearGraph(graph);
    const batch = articles.slice(0, 10).map(prepared);
    const results = await Promise.all(Array.from({ length: CLIENTS }, () => loadArticles(graph, batch)));
    const created = results.flat().filter((r) => r.status === "created").length;
    expect(created).toBe(10);
    expect(results.flat().filter((r) => r.status === "unchanged").length).toBe(10 * (CLIENTS - 1));
    expect(await articleCount()).toBe(10);
    expect(await duplicates()).toEqual({ nodes: [], rels: [] });
  });

  it(`${CLIENTS} clients loading different articles about the same states and events at once give the sequential graph`, async () => {
    await clearGraph(graph);
    const sequential = articles.slice(0, 32);
    for (let i = 0; i < sequential.length; i += 4) await loadArticles(graph, sequential.slice(i, i + 4).map(prepared));
    const expected = await snapshot();
    await clearGraph(graph);
    // Client k loads articles k, k+8, k+16, k+24 one at a time (all clients at once), then the
    // same through the API, which must change nothing.
    await Promise.all(Array.from({ length: CLIENTS }, async (_, k) => {
      for (let i = k; i < sequential.length; i += CLIENTS) await loadArticles(graph, [prepared(sequential[i]!)]);
    }));
    expect(await duplicates()).toEqual({ nodes: [], rels: [] });
    expect(await articleCount()).toBe(32);
    const parallel = await snapshot();
    const counts = await countGraph(graph);
    // Entity resolution may pick a different canonical id for the same event depending on order;
    // node and relationship counts and every state-level fact must match.
    expect(parallel.nodes.length).toBe(expected.nodes.length);
    expect(parallel.rels.length).toBe(expected.rels.length);
    expect(parallel.nodes.filter((n) => n.startsWith("state:"))).toEqual(expected.nodes.filter((n) => n.startsWith("state:")));
    const again = await Promise.all(sequential.slice(0, CLIENTS).map((a) => ingest(a)));
    expect(again.map((r) => r.body.data?.ingestArticle?.status)).toEqual(Array(CLIENTS).fill("unchanged"));
    expect((await countGraph(graph)).rels).toBe(counts.rels);
  });

  it("curators' merges and renames running during ingests wait for the loader: no duplicates, no lock left, nothing lost", async () => {
    await clearGraph(graph);
    const first = articles.slice(0, 12);
    await loadArticles(graph, first.map(prepared));
    const people = (await graph.driver.executeQuery("MATCH (p:Person) RETURN p.id AS id ORDER BY id LIMIT 4", {}, { database: graph.database }))
      .records.map((r) => r.get("id") as string);
    expect(people.length).toBe(4);
    const curate = async (query: string, variables: Record<string, unknown>) => {
      const res = await app.fetch("http://test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: "Bearer k" },
        body: JSON.stringify({ query, variables }),
      });
      return { body: (await res.json()) as { errors?: unknown[] } };
    };
    const later = articles.slice(12, 28);
    const results = await Promise.all([
      ...later.map((a) => ingest(a)),
      curate("mutation($k: ID!, $r: ID!) { mergeEntities(keep: $k, remove: $r) { id } }", { k: people[0], r: people[1] }),
      curate("mutation($k: ID!, $r: ID!) { mergeEntities(keep: $k, remove: $r) { id } }", { k: people[2], r: people[3] }),
      curate('mutation($id: ID!) { updateEntity(id: $id, input: { addAliases: ["Curated alias"] }) { id } }', { id: people[0] }),
    ]);
    for (const r of results) expect(r.body.errors).toBeUndefined();
    expect(await articleCount()).toBe(28);
    expect(await duplicates()).toEqual({ nodes: [], rels: [] });
    const q = async (cypher: string, params: Record<string, unknown> = {}) => (await graph.driver.executeQuery(cypher, params, { database: graph.database })).records;
    expect((await q("MATCH (l:LoaderLock) RETURN count(l) AS n"))[0]!.get("n")).toBe(0);
    expect((await q("MATCH (p:Person) WHERE p.id IN $ids RETURN count(p) AS n", { ids: [people[1], people[3]] }))[0]!.get("n")).toBe(0);
    const kept = await q("MATCH (p:Person {id: $id}) RETURN p.aliases AS aliases, p.mergedIds AS merged", { id: people[0] });
    expect(kept[0]!.get("aliases")).toContain("Curated alias");
    expect(kept[0]!.get("merged")).toContain(people[1]);
  });
});
