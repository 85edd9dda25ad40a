import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { GraphContext } from "../../server/src/graph/GraphContext.ts";
import { deleteArticle, loadArticle } from "../../server/src/graph/loadArticle.ts";
import { findEntity } from "../../server/src/graph/findEntity.ts";
import { clearGraph, countGraph, openTestGraph } from "../support/testGraph.ts";
import { sampleArticle } from "../support/sampleExtraction.ts";

let ctx: GraphContext;
beforeAll(async () => { ctx = await openTestGraph(); });
afterAll(async () => { await ctx.driver.close(); });
beforeEach(async () => { await clearGraph(ctx); });

describe("loadArticle on a real Neo4j", () => {
  it("creates the article's nodes and relationships once; a second load changes nothing", async () => {
    const { article, extraction } = sampleArticle();
    const first = await loadArticle(ctx, article, extraction);
    expect(first.status).toBe("created");
    expect(first.nodesCreated).toBe(6); // article, 2 states, person, agreement, meeting
    const before = await countGraph(ctx);
    expect(before.nodes).toBe(6);
    const second = await loadArticle(ctx, article, extraction);
    expect(second).toMatchObject({ status: "unchanged", nodesCreated: 0, relationshipsCreated: 0 });
    expect(await countGraph(ctx)).toEqual(before);
  });

  it("keeps the evidence sentence of every relationship, cut from the article text", async () => {
    const { article, extraction } = sampleArticle();
    await loadArticle(ctx, article, extraction);
    const gantz = await findEntity(ctx, "person:benny-gantz");
    const office = gantz!.relationships.find((r) => r.type === "HOLDS_OFFICE");
    expect(office?.other.id).toBe("state:IL");
    expect(office?.evidence[0]?.sentence).toBe("Israeli Defense Minister Benny Gantz visited Rabat on 24 November 2021.");
    expect(office?.evidence[0]?.articleId).toBe("article:sample-1");
    expect(gantz!.mentions).toHaveLength(1);
  });

  it("supports a relationship from two articles and keeps it when one is deleted", async () => {
    const a = sampleArticle("article:a");
    const b = sampleArticle("article:b", "A second report says the same.");
    await loadArticle(ctx, a.article, a.extraction);
    await loadArticle(ctx, b.article, b.extraction);
    let ma = await findEntity(ctx, "state:MA");
    expect(ma!.relationships.find((r) => r.type === "PARTY_TO")?.sourceCount).toBe(2);
    expect(await deleteArticle(ctx, "article:b")).toBe(true);
    ma = await findEntity(ctx, "state:MA");
    const party = ma!.relationships.find((r) => r.type === "PARTY_TO");
    expect(party?.sourceCount).toBe(1);
    expect(party?.evidence.every((e) => e.articleId === "article:a")).toBe(true);
    expect(await deleteArticle(ctx, "article:a")).toBe(true);
    expect(await countGraph(ctx)).toEqual({ nodes: 0, rels: 0 });
  });

  it("replaces an article's claims when its text changes", async () => {
    const a = sampleArticle("article:x");
    await loadArticle(ctx, a.article, a.extraction);
    const changed = sampleArticle("article:x", "An added closing line.");
    changed.extraction.meetings = [];
    changed.extraction.relations = changed.extraction.relations.filter((r) => !r.to.startsWith("meeting:") && !r.from.startsWith("meeting:"));
    const r = await loadArticle(ctx, changed.article, changed.extraction);
    expect(r.status).toBe("updated");
    expect(await findEntity(ctx, "meeting:visit:MA:IL-MA:2021-11-24")).toBeNull();
    expect(await findEntity(ctx, "agreement:mou:IL-MA:2021-11")).not.toBeNull();
  });

  it("replaces an article's claims when the same text yields other facts (a newer extraction)", async () => {
    // As after an upgrade: the seed's text is unchanged, what Entente reads from it is not.
    const before = sampleArticle("article:y");
    await loadArticle(ctx, before.article, before.extraction);
    expect(await findEntity(ctx, "meeting:visit:MA:IL-MA:2021-11-24")).not.toBeNull();
    const same = sampleArticle("article:y");
    expect((await loadArticle(ctx, same.article, same.extraction)).status).toBe("unchanged");

    const reread = sampleArticle("article:y");
    reread.extraction.meetings = [];
    reread.extraction.relations = reread.extraction.relations.filter((r) => !r.to.startsWith("meeting:") && !r.from.startsWith("meeting:"));
    expect(reread.article.text).toBe(before.article.text);
    const r = await loadArticle(ctx, reread.article, reread.extraction);
    expect(r.status).toBe("updated");
    expect(await findEntity(ctx, "meeting:visit:MA:IL-MA:2021-11-24")).toBeNull();
    expect(await findEntity(ctx, "agreement:mou:IL-MA:2021-11")).not.toBeNull();
    // And loading the new reading again changes nothing.
    expect((await loadArticle(ctx, reread.article, reread.extraction)).status).toBe("unchanged");
  });
});
