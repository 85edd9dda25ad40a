import { describe, expect, it } from "vitest";
import { generateArticles } from "../../../server/src/synthetic/generateArticles.ts";
import { prepareArticleText } from "../../../server/src/ingest/prepareArticle.ts";

describe("generateArticles", () => {
  const articles = generateArticles({ count: 600, seed: 7 });

  it("gives exactly the articles asked for, with unique ids, in publication order", () => {
    expect(articles).toHaveLength(600);
    expect(new Set(articles.map((a) => a.id)).size).toBe(600);
    const dates = articles.map((a) => a.published);
    expect([...dates].sort()).toEqual(dates);
  });

  it("is deterministic: the same seed gives the same articles, another seed others", () => {
    expect(generateArticles({ count: 600, seed: 7 })).toEqual(articles);
    const other = generateArticles({ count: 600, seed: 8 });
    expect(other.map((a) => a.text)).not.toEqual(articles.map((a) => a.text));
    // A longer run starts with other events but keeps the same officials for the same seed.
    expect(generateArticles({ count: 50, seed: 7 })).toHaveLength(50);
  });

  it("spreads publication over 2015-2025 in both languages", () => {
    const years = new Set(articles.map((a) => a.published.slice(0, 4)));
    for (let y = 2015; y <= 2025; y++) expect(years.has(String(y))).toBe(true);
    expect(articles.every((a) => /^\d{4}-\d{2}-\d{2}$/.test(a.published) && a.published <= "2025-12-31")).toBe(true);
    const ar = articles.filter((a) => a.language === "ar").length;
    expect(ar).toBeGreaterThan(200);
    expect(600 - ar).toBeGreaterThan(200);
    expect(articles.filter((a) => a.language === "ar").every((a) => /[\u0600-\u06FF]/.test(a.text))).toBe(true);
  });

  it("writes text the extractor reads: states in every article, titled officials, agreements and meetings", () => {
    const sample = articles.slice(0, 200).map((a) => ({ a, x: prepareArticleText(a.text, { id: a.id, published: a.published, language: a.language }).extraction }));
    expect(sample.every(({ x }) => x.states.length >= 2 || x.meetings.some((m) => m.kind === "summit"))).toBe(true);
    const officials = sample.flatMap(({ x }) => x.officials);
    expect(officials.length).toBeGreaterThan(150);
    expect(officials.filter((o) => o.title && o.state).length / officials.length).toBeGreaterThan(0.9);
    for (const lang of ["ar", "en"] as const) {
      const mine = sample.filter(({ a }) => a.language === lang);
      expect(mine.some(({ x }) => x.agreements.length > 0)).toBe(true);
      expect(mine.some(({ x }) => x.meetings.some((m) => m.kind === "visit"))).toBe(true);
      expect(mine.some(({ x }) => x.meetings.some((m) => m.kind === "call"))).toBe(true);
      expect(mine.some(({ x }) => x.meetings.some((m) => m.kind === "exercise"))).toBe(true);
    }
  });

  it("reports some events in several articles, so resolution has work to do", () => {
    const leads = new Map<string, number>();
    for (const a of articles) {
      const key = a.title;
      leads.set(key, (leads.get(key) ?? 0) + 1);
    }
    expect([...leads.values()].some((n) => n >= 2)).toBe(true);
  });
});
