// The overview is read once per graph revision: the same answer while nothing is written, read again
// after any write made through Entente, in this process or another one (a second driver without a
// cache stands in for `npm run ingest` and for other servers).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mergeEntities, updateEntity } from "../../server/src/graph/curateEntities.ts";
import { findOverview } from "../../server/src/graph/findGraph.ts";
import type { GraphContext } from "../../server/src/graph/GraphContext.ts";
import { loadArticles } from "../../server/src/graph/loadArticle.ts";
import { OverviewCache } from "../../server/src/graph/overviewCache.ts";
import { prepareArticleText } from "../../server/src/ingest/prepareArticle.ts";
import { generateArticles, type SyntheticArticle } from "../../server/src/synthetic/generateArticles.ts";
import { clearGraph, openTestGraph } from "../support/testGraph.ts";

const articles = generateArticles({ count: 6, seed: 23 });
let cached: GraphContext;
let other: GraphContext;

const load = (ctx: GraphContext, list: SyntheticArticle[]) =>
  loadArticles(ctx, list.map((a) => prepareArticleText(a.text, { id: a.id, title: a.title, published: a.published, language: a.language, source: a.source })));

/** The overview as a fresh read sees it. */
const fresh = (limit = 1000) => findOverview(other, limit);

describe("overview cache", () => {
  beforeAll(async () => {
    cached = { ...(await openTestGraph()), overviewCache: new OverviewCache() };
    other = await openTestGraph();
    await clearGraph(other);
    await load(other, articles.slice(0, 4));
  });
  afterAll(async () => {
    await cached.driver.close();
    await other.driver.close();
  });

  it("gives the same answer while nothing is written, equal to a fresh read", async () => {
    const first = await findOverview(cached, 1000);
    expect(first.nodes.length).toBeGreaterThan(5);
    expect(await findOverview(cached, 1000)).toBe(first);
    expect(await fresh()).toEqual(first);
  });

  it("reads again after another process loads articles", async () => {
    const before = await findOverview(cached, 1000);
    await load(other, articles.slice(4));
    const after = await findOverview(cached, 1000);
    expect(after).not.toBe(before);
    expect(after).toEqual(await fresh());
    const ids = (graph: { nodes: { id: string }[] }) => new Set(graph.nodes.map((n) => n.id));
    expect([...ids(after)].filter((id) => !ids(before).has(id)).length).toBeGreaterThan(0);
  });

  it("reads again after an entity is renamed", async () => {
    const before = await findOverview(cached, 1000);
    const person = before.nodes.find((n) => n.type === "PERSON")!;
    await updateEntity(other, person.id, { name: "Renamed For The Cache Test" }, "test");
    const after = await findOverview(cached, 1000);
    expect(after.nodes.find((n) => n.id === person.id)!.label).toBe("Renamed For The Cache Test");
    expect(after).toEqual(await fresh());
  });

  it("keeps its answer when a write is refused and rolled back", async () => {
    const before = await findOverview(cached, 1000);
    const person = before.nodes.find((n) => n.type === "PERSON")!;
    const state = before.nodes.find((n) => n.type === "STATE")!;
    // Refused after taking the loader lock, so the whole transaction, revision bump included, rolls back.
    await expect(mergeEntities(other, state.id, person.id, "test")).rejects.toThrow();
    expect(await findOverview(cached, 1000)).toBe(before);
  });

  it("keeps one answer per limit", async () => {
    const all = await findOverview(cached, 1000);
    const top = await findOverview(cached, 3);
    expect(top.nodes).toHaveLength(3);
    expect(top.truncated).toBe(true);
    expect(await findOverview(cached, 1000)).toBe(all);
    expect(await findOverview(cached, 3)).toBe(top);
  });

  it("keeps nothing when the graph has no revision (emptied by hand)", async () => {
    await other.driver.executeQuery("MATCH (revision:GraphRevision) DELETE revision", {}, { database: other.database });
    const first = await findOverview(cached, 1000);
    const second = await findOverview(cached, 1000);
    expect(second).not.toBe(first);
    expect(second).toEqual(first);
    // The next write through Entente starts counting again, and caching with it.
    await load(other, [{ ...articles[0]!, id: `${articles[0]!.id}-again` }]);
    const third = await findOverview(cached, 1000);
    expect(await findOverview(cached, 1000)).toBe(third);
  });
});
