import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { GraphContext } from "../../server/src/graph/GraphContext.ts";
import { deleteArticle, loadArticle, loadArticles, type ArticleToLoad } from "../../server/src/graph/loadArticle.ts";
import { findEntity } from "../../server/src/graph/findEntity.ts";
import { prepareArticleText } from "../../server/src/ingest/prepareArticle.ts";
import { clearGraph, countGraph, openTestGraph } from "../support/testGraph.ts";

let ctx: GraphContext;
beforeAll(async () => { ctx = await openTestGraph(); });
afterAll(async () => { await ctx.driver.close(); });
beforeEach(async () => { await clearGraph(ctx); });

const article = (id: string, language: "ar" | "en", published: string, text: string): ArticleToLoad =>
  prepareArticleText(text, { id, language, published, source: "test" });

// One visit and one MoU, reported in Arabic and in English by two outlets; the officials are not in
// the extractor's table of known people, so their extracted ids differ by script.
const arabicVisit = () => article("res-ar", "ar", "2021-11-25",
  "وصل وزير الخارجية المغربي خالد الهاشمي إلى القاهرة يوم 24 نوفمبر 2021 في زيارة رسمية إلى مصر.\n\n" +
  "ووقع المغرب ومصر مذكرة تفاهم للتعاون الدفاعي في نوفمبر 2021.");
const englishVisit = () => article("res-en", "en", "2021-11-26",
  "Moroccan Foreign Minister Khalid El Hachimi arrived in Cairo on 24 November 2021 on an official visit to Egypt.\n\n" +
  "Morocco and Egypt signed a memorandum of understanding on defense cooperation on 24 November 2021.");

async function idsOf(label: string): Promise<string[]> {
  const r = await ctx.driver.executeQuery(`MATCH (n:${label}) RETURN n.id AS id ORDER BY id`, {}, { database: ctx.database });
  return r.records.map((x) => x.get("id") as string);
}

async function nodeProps(id: string): Promise<Record<string, unknown>> {
  const r = await ctx.driver.executeQuery("MATCH (n:Entity {id: $id}) RETURN n {.*} AS p", { id }, { database: ctx.database });
  return r.records[0]!.get("p");
}

describe("entity resolution across articles and scripts", () => {
  it("extracts different ids for the same official in Arabic and English (what the loader must resolve)", () => {
    const ar = arabicVisit().extraction.officials[0]!, en = englishVisit().extraction.officials[0]!;
    expect(ar.id).not.toBe(en.id);
    expect(ar).toMatchObject({ title: "Foreign Minister", state: "MA" });
    expect(en).toMatchObject({ title: "Foreign Minister", state: "MA" });
  });

  it("gives one node to the person, the agreement and the visit, keeping every alias and source", async () => {
    const ar = arabicVisit(), en = englishVisit();
    await loadArticle(ctx, ar.article, ar.extraction);
    await loadArticle(ctx, en.article, en.extraction);
    const persons = await idsOf("Person");
    expect(persons).toEqual([ar.extraction.officials[0]!.id]);
    const person = await nodeProps(persons[0]!);
    expect(person.aliases).toEqual(expect.arrayContaining(["خالد الهاشمي", "Khalid El Hachimi"]));
    expect(person.sourceCount).toBe(2);
    expect(person.searchText).toContain("Khalid El Hachimi");

    const agreements = await idsOf("Agreement");
    expect(agreements).toHaveLength(1);
    const mou = await nodeProps(agreements[0]!);
    // The Arabic report dates it to the month, the English one to the day: the node takes the day.
    expect(mou).toMatchObject({ signedOn: "2021-11-24", signedOnPrecision: "DAY", partyKey: "EG+MA", sourceCount: 2 });
    const details = await findEntity(ctx, agreements[0]!);
    const parties = details!.relationships.filter((r) => r.type === "PARTY_TO");
    expect(parties.map((r) => r.other.id).sort()).toEqual(["state:EG", "state:MA"]);
    expect(parties.every((r) => r.sourceCount === 2)).toBe(true);
    expect(new Set(parties.flatMap((r) => r.evidence.map((e) => e.articleId)))).toEqual(new Set(["article:res-ar", "article:res-en"]));

    const visits = await idsOf("Meeting");
    expect(visits).toHaveLength(1);
    const visit = await findEntity(ctx, visits[0]!);
    const attendee = visit!.relationships.find((r) => r.type === "PARTICIPATED_IN" && r.other.id === persons[0]);
    expect(attendee?.sourceCount).toBe(2);
  });

  it("resolves the same way in one batch as one by one", async () => {
    const one = [arabicVisit(), englishVisit()];
    for (const x of one) await loadArticle(ctx, x.article, x.extraction);
    const byOne = { persons: await idsOf("Person"), agreements: await idsOf("Agreement"), meetings: await idsOf("Meeting"), counts: await countGraph(ctx) };
    await clearGraph(ctx);
    await loadArticles(ctx, [arabicVisit(), englishVisit()]);
    expect({ persons: await idsOf("Person"), agreements: await idsOf("Agreement"), meetings: await idsOf("Meeting"), counts: await countGraph(ctx) }).toEqual(byOne);
  });

  it("keeps a namesake of another state apart, and an agreement of other parties", async () => {
    await loadArticles(ctx, [arabicVisit(), article("res-other", "en", "2021-11-26",
      "Tunisian Foreign Minister Khalid El Hachimi arrived in Cairo on 24 November 2021 on an official visit to Egypt.\n\n" +
      "Tunisia and Egypt signed a memorandum of understanding on defense cooperation on 24 November 2021.")]);
    expect(await idsOf("Person")).toHaveLength(2);
    expect(await idsOf("Agreement")).toHaveLength(2);
  });

  it("joins an undated mention to the one agreement of its parties, not when two could be meant", async () => {
    const dated = article("res-dated", "en", "2019-03-10", "Morocco and Egypt signed a memorandum of understanding on defense cooperation on 9 March 2019.");
    const undated = article("res-undated", "en", "2022-01-10", "Morocco and Egypt recalled the memorandum of understanding on defense cooperation between them.");
    expect(undated.extraction.agreements[0]?.date ?? null).toBeNull();
    await loadArticles(ctx, [dated, undated]);
    expect(await idsOf("Agreement")).toHaveLength(1);

    await clearGraph(ctx);
    const another = article("res-2020", "en", "2020-06-02", "Morocco and Egypt signed a memorandum of understanding on defense cooperation on 1 June 2020.");
    await loadArticles(ctx, [dated, another, undated]);
    expect(await idsOf("Agreement")).toHaveLength(3);
  });

  it("deleting one report keeps the merged node with the other's support; deleting both leaves nothing", async () => {
    const ar = arabicVisit(), en = englishVisit();
    await loadArticles(ctx, [ar, en]);
    const [person] = await idsOf("Person");
    expect(await deleteArticle(ctx, "article:res-ar")).toBe(true);
    const left = await nodeProps(person!);
    expect(left.sourceCount).toBe(1);
    const details = await findEntity(ctx, (await idsOf("Agreement"))[0]!);
    expect(details!.relationships.filter((r) => r.type === "PARTY_TO").every((r) => r.sourceCount === 1 && r.evidence.every((e) => e.articleId === "article:res-en"))).toBe(true);
    expect(await deleteArticle(ctx, "article:res-en")).toBe(true);
    expect(await countGraph(ctx)).toEqual({ nodes: 0, rels: 0 });
  });

  it("re-loading a changed report replaces its claims and leaves the other article's", async () => {
    await loadArticles(ctx, [arabicVisit(), englishVisit()]);
    const before = await countGraph(ctx);
    // The Arabic outlet corrects its story: no agreement any more.
    const corrected = article("res-ar", "ar", "2021-11-25", "وصل وزير الخارجية المغربي خالد الهاشمي إلى القاهرة يوم 24 نوفمبر 2021 في زيارة رسمية إلى مصر.");
    const [r] = await loadArticles(ctx, [corrected]);
    expect(r!.status).toBe("updated");
    const mou = await findEntity(ctx, (await idsOf("Agreement"))[0]!);
    expect(mou!.relationships.filter((x) => x.type === "PARTY_TO").every((x) => x.sourceCount === 1)).toBe(true);
    expect((await nodeProps((await idsOf("Agreement"))[0]!)).sourceCount).toBe(1);
    expect((await nodeProps((await idsOf("Person"))[0]!)).sourceCount).toBe(2);
    // The same nodes, fewer supports: no node appears or disappears.
    expect((await countGraph(ctx)).nodes).toBe(before.nodes);
    // Loading the correction again changes nothing.
    const [again] = await loadArticles(ctx, [corrected]);
    expect(again!.status).toBe("unchanged");
  });
});
