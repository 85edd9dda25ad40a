import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { inject } from "vitest";
import neo4j from "neo4j-driver";
import type { GraphContext } from "../../server/src/graph/GraphContext.ts";
import { loadArticles, type ArticleToLoad } from "../../server/src/graph/loadArticle.ts";
import { generateArticles } from "../../server/src/synthetic/generateArticles.ts";
import { prepareArticleText } from "../../server/src/ingest/prepareArticle.ts";
import { clearGraph, countGraph, openTestGraph } from "../support/testGraph.ts";

let ctx: GraphContext;
beforeAll(async () => { ctx = await openTestGraph(); });
afterAll(async () => { await ctx.driver.close(); });
beforeEach(async () => { await clearGraph(ctx); });

const batchOf = (count: number, seed: number): ArticleToLoad[] =>
  generateArticles({ count, seed }).map((a) => prepareArticleText(a.text, { id: a.id, title: a.title, published: a.published, language: a.language }));

async function articleIds(): Promise<string[]> {
  const r = await ctx.driver.executeQuery("MATCH (a:Article) RETURN a.id AS id ORDER BY id", {}, { database: ctx.database });
  return r.records.map((x) => x.get("id") as string);
}

describe("a batch that fails midway leaves nothing behind", () => {
  it("rolls back the whole batch when one row violates a constraint, and a re-run loads it exactly", async () => {
    const batch = batchOf(30, 11);
    // Reference: the batch loaded cleanly.
    await loadArticles(ctx, batch);
    const expected = await countGraph(ctx);
    await clearGraph(ctx);

    // A malformed extraction in the middle: an official whose id is a state's. Both are new, so the
    // loader creates both in one statement and the unique constraint on Entity.id refuses it.
    const broken = batch.map((b) => structuredClone(b));
    const victim = broken.find((b) => b.extraction.states.length > 0 && b.extraction.officials.length > 0 && broken.indexOf(b) > 10)!;
    victim.extraction.officials[0]!.id = `state:${victim.extraction.states[0]!.iso2}`;
    await expect(loadArticles(ctx, broken)).rejects.toThrow();
    expect(await countGraph(ctx)).toEqual({ nodes: 0, rels: 0 });

    const results = await loadArticles(ctx, batch);
    expect(results.every((r) => r.status === "created")).toBe(true);
    expect(await countGraph(ctx)).toEqual(expected);
    expect(await articleIds()).toHaveLength(30);
  });

  it("keeps earlier batches and nothing of a batch whose transaction is killed mid-way; a re-run loads it exactly", async () => {
    const first = batchOf(20, 12), second = batchOf(300, 13);
    await loadArticles(ctx, first);
    const afterFirst = await countGraph(ctx);

    // A driver that does not retry, so the killed transaction fails instead of starting over.
    // (Closing a driver under a running transaction is no way to test this: neo4j-driver's promise never settles.)
    const c = inject("neo4j");
    const doomed: GraphContext = {
      driver: neo4j.driver(c.uri, neo4j.auth.basic(c.username, c.password), { disableLosslessIntegers: true, maxTransactionRetryTime: 0 }),
      database: c.database,
    };
    try {
      const loading = loadArticles(doomed, second).then(() => "committed", (e: Error) => `failed: ${e.message}`);
      // Once the loader is writing (a CREATE statement runs), terminate its transaction from outside.
      let killed = false;
      for (let i = 0; i < 1000 && !killed; i++) {
        const r = await ctx.driver.executeQuery(
          "SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery CONTAINS 'CREATE' AND NOT currentQuery STARTS WITH 'SHOW' RETURN transactionId",
          {}, { database: ctx.database });
        const ids = r.records.map((x) => x.get("transactionId") as string);
        if (ids.length > 0) {
          await ctx.driver.executeQuery("TERMINATE TRANSACTIONS $ids", { ids }, { database: ctx.database });
          killed = true;
        } else {
          await new Promise((w) => setTimeout(w, 5));
        }
      }
      const outcome = await loading;
      expect(killed).toBe(true);
      expect(outcome).toMatch(/^failed: /);
      expect(await countGraph(ctx)).toEqual(afterFirst);
      expect(await articleIds()).toHaveLength(20);
    } finally {
      await doomed.driver.close();
    }

    // Re-running loads everything, with the counts of a clean load.
    const rerun = await loadArticles(ctx, second);
    expect(rerun.every((r) => r.status === "created")).toBe(true);
    const full = await countGraph(ctx);
    expect(await articleIds()).toHaveLength(320);
    await clearGraph(ctx);
    await loadArticles(ctx, first);
    await loadArticles(ctx, second);
    expect(await countGraph(ctx)).toEqual(full);
  }, 180_000);

  it("loads a batch again without changing anything, node for node", async () => {
    const batch = batchOf(40, 14);
    await loadArticles(ctx, batch);
    const before = await countGraph(ctx);
    const results = await loadArticles(ctx, batch);
    expect(results.every((r) => r.status === "unchanged")).toBe(true);
    expect(results[0]).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
    expect(await countGraph(ctx)).toEqual(before);
  });
});
