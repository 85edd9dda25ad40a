import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/src/api/createApp.ts";
import { loadTypeDefs } from "../../server/src/api/loadTypeDefs.ts";
import type { GraphContext } from "../../server/src/graph/GraphContext.ts";
import { DEFAULT_OVERVIEW_LIMIT, findOverview } from "../../server/src/graph/findGraph.ts";
import { loadSeeds } from "../../server/src/ingest/loadSeeds.ts";
import { createOverviewLayouts, type OverviewLayouts } from "../../server/src/layout/OverviewLayouts.ts";
import { createOverviewWarmer } from "../../server/src/layout/overviewWarmer.ts";
import { OVERVIEW_QUERY } from "../../web/src/api/overviewQuery.ts";
import { clearGraph, openTestGraph } from "../support/testGraph.ts";
import { graphqlCaller } from "../support/graphqlCaller.ts";

const root = resolve(import.meta.dirname, "..", "..");
const KEY = "curator:s3cret";
let graph: GraphContext;
let layouts: OverviewLayouts;
let gql: ReturnType<typeof graphqlCaller>;
let changes = 0;

interface Position { id: string; x: number; y: number }

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph);
  await loadSeeds(graph, resolve(root, "seeds"));
  // A generous wait: the worker's first start (tsx, Cytoscape) competes with the other tests for 2 cores.
  layouts = createOverviewLayouts({ waitMs: 60_000 });
  const app = createApp({ graph, typeDefs: loadTypeDefs(resolve(root, "schema")), apiKeys: [KEY], overviewLayouts: layouts, onGraphChanged: () => { changes += 1; } });
  gql = graphqlCaller(app);
});
afterAll(async () => {
  await layouts.close();
  await graph.driver.close();
});

async function overview(): Promise<{ nodes: { id: string; degree: number }[]; edges: { source: string; target: string }[]; positions: Position[] | null }> {
  const { body } = await gql(OVERVIEW_QUERY, { limit: DEFAULT_OVERVIEW_LIMIT });
  expect(body.errors).toBeUndefined();
  return body.data.overview;
}

describe("the overview laid out on the server", () => {
  it("places every node of the explorer's overview query, apart from each other, with edges of sensible length", async () => {
    const { nodes, edges, positions } = await overview();
    expect(nodes.length).toBeGreaterThan(100);
    expect(positions).not.toBeNull();
    const byId = new Map(positions!.map((p) => [p.id, p]));
    expect(byId.size).toBe(nodes.length);
    for (const node of nodes) expect(byId.has(node.id), node.id).toBe(true);
    for (const p of positions!) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    // A force-directed layout, not a pile: no two nodes share a spot, and linked nodes sit
    // closer together on average than any two nodes do.
    expect(new Set(positions!.map((p) => `${p.x},${p.y}`)).size).toBe(positions!.length);
    const distance = (a: Position, b: Position) => Math.hypot(a.x - b.x, a.y - b.y);
    const edgeMean = edges.reduce((sum, e) => sum + distance(byId.get(e.source)!, byId.get(e.target)!), 0) / edges.length;
    let pairSum = 0;
    let pairs = 0;
    for (let i = 0; i < positions!.length; i += 3) {
      for (let j = i + 1; j < positions!.length; j += 7) {
        pairSum += distance(positions![i]!, positions![j]!);
        pairs += 1;
      }
    }
    expect(edgeMean).toBeLessThan(0.5 * (pairSum / pairs));
  });

  it("gives the same graph the same positions, from the cache or from another server", async () => {
    const first = await overview();
    const again = await overview();
    expect(again.positions).toEqual(first.positions);
    const other = createOverviewLayouts({ waitMs: 60_000 });
    try {
      const fresh = await other.positionsFor(await findOverview(graph, DEFAULT_OVERVIEW_LIMIT));
      const sorted = (rows: Position[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
      expect(sorted(fresh!)).toEqual(sorted(first.positions!));
    } finally {
      await other.close();
    }
  });

  it("lays out only the overview, and only when positions are asked for", async () => {
    const { body } = await gql('{ neighborhood(ids: ["state:MA"], depth: 1) { nodes { id } positions { id } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.neighborhood.nodes.length).toBeGreaterThan(1);
    expect(body.data.neighborhood.positions).toBeNull();
  });

  it("lays out again after an ingest, placing the new nodes, and tells the warmer about the write", async () => {
    const before = await overview();
    const changesBefore = changes;
    const text = [
      "Wellington, 2 May 2024. New Zealand and Chile signed a memorandum of understanding on Antarctic research cooperation on Thursday.",
      "New Zealand's Foreign Minister Winston Peters received Chile's Foreign Minister Alberto van Klaveren in Wellington for the talks.",
      "The two ministers said the agreement covers shared logistics for scientific stations.",
    ].join("\n\n");
    const { body } = await gql(
      "mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { status } }",
      { input: { text, title: "Layout test", published: "2024-05-02", language: "en" } },
      { authorization: `Bearer s3cret` },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.ingestArticle.status).toBe("created");
    expect(changes).toBe(changesBefore + 1);
    const after = await overview();
    const added = after.nodes.filter((n) => !before.nodes.some((m) => m.id === n.id));
    expect(added.length).toBeGreaterThan(0);
    const placed = new Set(after.positions!.map((p) => p.id));
    for (const node of after.nodes) expect(placed.has(node.id)).toBe(true);
  });

  it("warms the cache ahead of readers: after warm(), the overview is served without a new run", async () => {
    const cold = createOverviewLayouts({ waitMs: 60_000 });
    try {
      const warmer = createOverviewWarmer(graph, cold);
      await warmer.warm();
      expect(cold.runs()).toBe(1);
      const positions = await cold.positionsFor(await findOverview(graph, DEFAULT_OVERVIEW_LIMIT));
      expect(positions).not.toBeNull();
      expect(cold.runs()).toBe(1);
    } finally {
      await cold.close();
    }
  });
});
