import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphContext } from "../../server/src/graph/GraphContext.ts";
import { loadArticle } from "../../server/src/graph/loadArticle.ts";
import { fetchExportGraph } from "../../server/src/graph/fetchExportGraph.ts";
import { RELATION_TYPES } from "../../server/src/graph/articleToGraphRows.ts";
import { toGraphML } from "../../server/src/export/toGraphML.ts";
import { toGexf } from "../../server/src/export/toGexf.ts";
import { toCsv } from "../../server/src/export/toCsv.ts";
import { toJson, type JsonExport } from "../../server/src/export/toJson.ts";
import { sampleArticle } from "../support/sampleExtraction.ts";
import { parseXml } from "../support/parseXml.ts";
import { startTestApp } from "../support/startTestApp.ts";
import { clearGraph, openTestGraph } from "../support/testGraph.ts";

type El = Record<string, unknown>;
let ctx: GraphContext;

/** What the database holds, counted apart from the export code. */
async function countModel(withArticles: boolean): Promise<{ nodes: number; edges: number }> {
  const types = withArticles ? [...RELATION_TYPES, "MENTIONED_IN"] : [...RELATION_TYPES];
  const r = await ctx.driver.executeQuery(
    `CALL () { MATCH (n:Entity) WHERE $withArticles OR NOT n:Article RETURN count(n) AS nodes }
     CALL () { MATCH (:Entity)-[r]->(:Entity) WHERE type(r) IN $types RETURN count(r) AS edges }
     RETURN nodes, edges`,
    { withArticles, types }, { database: ctx.database },
  );
  return { nodes: r.records[0]!.get("nodes"), edges: r.records[0]!.get("edges") };
}

const csvRows = (csv: string) => csv.slice(1).split("\r\n").filter(Boolean).length - 1;

beforeAll(async () => {
  ctx = await openTestGraph();
  await clearGraph(ctx);
  const { article, extraction } = sampleArticle();
  await loadArticle(ctx, article, extraction);
});
afterAll(async () => { await ctx.driver.close(); });

describe("fetchExportGraph on the sample article", () => {
  it("exports the whole graph without articles, with every property but no search internals", async () => {
    const exported = await fetchExportGraph(ctx);
    const model = await countModel(false);
    expect(model).toEqual({ nodes: 5, edges: 6 });
    expect(exported.nodes.length).toBe(model.nodes);
    expect(exported.edges.length).toBe(model.edges);
    expect(exported.truncated).toBe(false);
    const ma = exported.nodes.find((n) => n.id === "state:MA")!;
    expect(ma).toMatchObject({ type: "STATE", label: "Morocco", properties: { iso2: "MA", nameAr: "المغرب" } });
    expect(ma.properties).not.toHaveProperty("searchText");
    const mou = exported.nodes.find((n) => n.type === "AGREEMENT")!;
    expect(mou.properties).toMatchObject({ signedOn: "2021-11", signedOnPrecision: "MONTH", domains: ["defense"] });
    const visit = exported.edges.find((e) => e.type === "PARTICIPATED_IN" && e.source === "person:benny-gantz")!;
    expect(visit).toMatchObject({ role: "visitor", sourceCount: 1, firstSource: "article:sample-1", confidence: 0.8 });
  });

  it("includes articles (without their text) and mentions when asked", async () => {
    const exported = await fetchExportGraph(ctx, { includeArticles: true });
    const model = await countModel(true);
    expect(exported.nodes.length).toBe(model.nodes);
    expect(exported.edges.length).toBe(model.edges);
    const article = exported.nodes.find((n) => n.type === "ARTICLE")!;
    expect(article.properties).toMatchObject({ title: "Gantz in Rabat", publishedAt: "2021-11-25" });
    expect(article.properties).not.toHaveProperty("text");
    expect(exported.edges.filter((e) => e.type === "MENTIONED_IN").every((e) => e.target === article.id && e.sourceCount === 1)).toBe(true);
  });

  it("exports a neighborhood at depth 1 and 2, and says when the cap cuts it", async () => {
    const one = await fetchExportGraph(ctx, { ids: ["state:MA"], depth: 1 });
    expect(one.nodes.map((n) => n.id).sort()).toEqual(["agreement:mou:IL-MA:2021-11", "meeting:visit:MA:IL-MA:2021-11-24", "state:MA"]);
    expect(one.edges.length).toBe(3);
    const two = await fetchExportGraph(ctx, { ids: ["state:MA"], depth: 2 });
    expect(two.nodes.length).toBe(5);
    const capped = await fetchExportGraph(ctx, { ids: ["state:MA"], depth: 2, maxNodes: 2 });
    expect(capped.nodes.length).toBe(2);
    expect(capped.truncated).toBe(true);
    const missing = await fetchExportGraph(ctx, { ids: ["state:MA", "state:XX"] });
    expect(missing.missingIds).toEqual(["state:XX"]);
    await expect(fetchExportGraph(ctx, { ids: ["state:MA"], depth: 4 })).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
  });

  it("exports given nodes alone at depth 0, with only the links among them", async () => {
    const ids = ["state:MA", "agreement:mou:IL-MA:2021-11"];
    const view = await fetchExportGraph(ctx, { ids, depth: 0 });
    expect(view.nodes.map((n) => n.id).sort()).toEqual(ids.sort());
    expect(view.edges.length).toBeGreaterThan(0);
    for (const edge of view.edges) {
      expect(ids).toContain(edge.source);
      expect(ids).toContain(edge.target);
    }
  });

  it("writes each format with as many nodes and edges as the graph has", async () => {
    const exported = await fetchExportGraph(ctx);
    const model = await countModel(false);
    const at = new Date();

    const graphml = parseXml(toGraphML(exported), ["node", "edge", "data", "key"]);
    const g = (graphml.graphml as El).graph as El;
    expect((g.node as El[]).length).toBe(model.nodes);
    expect((g.edge as El[]).length).toBe(model.edges);

    const gexf = parseXml(toGexf(exported, at), ["node", "edge", "attvalue", "attribute", "attributes"]);
    const gg = (gexf.gexf as El).graph as El;
    const nodes = (gg.nodes as El).node as El[];
    expect(nodes.length).toBe(model.nodes);
    expect(((gg.edges as El).edge as El[]).length).toBe(model.edges);
    expect(nodes.find((n) => n["@id"] === "agreement:mou:IL-MA:2021-11")!["@start"]).toBe("2021-11-01");
    expect(nodes.find((n) => n["@id"] === "meeting:visit:MA:IL-MA:2021-11-24")!["@start"]).toBe("2021-11-24");

    const { nodesCsv, edgesCsv } = toCsv(exported);
    expect(csvRows(nodesCsv)).toBe(model.nodes);
    expect(csvRows(edgesCsv)).toBe(model.edges);

    const json = JSON.parse(toJson(exported, at)) as JsonExport;
    expect(json.nodes.length).toBe(model.nodes);
    expect(json.edges.length).toBe(model.edges);
  });
});

describe("GET /export", () => {
  let app: Awaited<ReturnType<typeof startTestApp>>;
  beforeAll(async () => { app = await startTestApp(); });
  afterAll(async () => { await app.close(); });

  it("serves GEXF as an attachment with the graph's node and edge counts", async () => {
    const res = await fetch(`${app.url}/export?format=gexf`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/gexf\+xml; charset=utf-8/);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="entente-\d{8}\.gexf"$/);
    const doc = parseXml(await res.text(), ["node", "edge", "attvalue", "attribute", "attributes"]);
    const graph = (doc.gexf as El).graph as El;
    const model = await countModel(false);
    expect(model.nodes).toBeGreaterThan(20);
    expect(((graph.nodes as El).node as El[]).length).toBe(model.nodes);
    expect(((graph.edges as El).edge as El[]).length).toBe(model.edges);
  });

  it("serves a neighborhood as CSV with a byte order mark", async () => {
    const res = await fetch(`${app.url}/export?format=csv-nodes&ids=state:MA&depth=1`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/filename="entente-\d{8}-nodes\.csv"/);
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(body.toString("utf8")).toContain("state:MA,Morocco,STATE");
  });

  it("takes the parameters as a POST form too, for lists of ids too long for an address", async () => {
    const model = await fetchExportGraph(ctx, {});
    const ids = model.nodes.map((n) => n.id);
    // Ids joined with commas would not fit a 16 KB request line once there are a few hundred.
    const form = new URLSearchParams({ format: "json", ids: [...ids, ...Array.from({ length: 600 }, (_, i) => `state:Z${i}`)].join(","), depth: "0" });
    expect(form.toString().length).toBeGreaterThan(8_000);
    const res = await fetch(`${app.url}/export`, { method: "POST", body: form });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="entente-\d{8}\.json"$/);
    const body = (await res.json()) as JsonExport;
    expect(body.nodes.length).toBe(ids.length);
    expect(body.edges.length).toBe(model.edges.length);
    const json = await fetch(`${app.url}/export`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ format: "json" }) });
    expect(json.status).toBe(415);
    const huge = await fetch(`${app.url}/export`, { method: "POST", body: new URLSearchParams({ format: "json", ids: "x".repeat(1_100_000) }) });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
  });

  it("answers 400 for bad parameters and 404 for unknown ids, as JSON", async () => {
    for (const query of ["format=pdf", "format=json&depth=9&ids=state:MA", "format=json&depth=2"]) {
      const res = await fetch(`${app.url}/export?${query}`);
      expect(res.status, query).toBe(400);
      expect(await res.json(), query).toMatchObject({ code: "BAD_USER_INPUT", error: expect.any(String) });
    }
    const res = await fetch(`${app.url}/export?format=json&ids=state:XX`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: "NOT_FOUND" });
  });
});
