import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphContext } from "../../server/src/graph/GraphContext.ts";
import { loadArticle } from "../../server/src/graph/loadArticle.ts";
import { findEntity } from "../../server/src/graph/findEntity.ts";
import { prepareArticleBytes } from "../../server/src/ingest/prepareArticle.ts";
import { loadSeeds } from "../../server/src/ingest/loadSeeds.ts";
import { ExtractInputError } from "../../server/src/extract/ExtractInputError.ts";
import { clearGraph, countGraph, openTestGraph } from "../support/testGraph.ts";

const root = resolve(import.meta.dirname, "..", "..");
const seedFile = resolve(root, "seeds", "000-ar-morocco-israel-military-delegation.md");
let ctx: GraphContext;

beforeAll(async () => {
  ctx = await openTestGraph();
  await clearGraph(ctx);
});
afterAll(async () => { await ctx.driver.close(); });

describe("the seed article, from file to graph", () => {
  it("loads the seed article with its metadata; a second load leaves node and relationship counts unchanged", async () => {
    const { article, extraction } = prepareArticleBytes(readFileSync(seedFile));
    expect(article).toMatchObject({ id: "article:seed-000-ec12a639ed746b02", language: "ar", publishedAt: "2022-03-30" });
    const first = await loadArticle(ctx, article, extraction);
    expect(first.status).toBe("created");
    const once = await countGraph(ctx);
    expect(once.nodes).toBeGreaterThan(15);
    const again = await loadArticle(ctx, article, extraction);
    expect(again.status).toBe("unchanged");
    expect(await countGraph(ctx)).toEqual(once);
    // The seed loader at start-up takes the same path and also changes nothing.
    const before = await countGraph(ctx);
    await loadSeeds(ctx, resolve(root, "seeds"));
    await loadSeeds(ctx, resolve(root, "seeds"));
    const after = await countGraph(ctx);
    await loadSeeds(ctx, resolve(root, "seeds"));
    expect(await countGraph(ctx)).toEqual(after);
    expect(after.nodes).toBeGreaterThanOrEqual(before.nodes);
  });

  it("shows the seed's states, officials with titles, and facts with their evidence sentences", async () => {
    for (const iso of ["MA", "IL", "US", "EG", "AE", "BH", "DZ", "IR"]) {
      const s = await findEntity(ctx, `state:${iso}`);
      expect(s, iso).not.toBeNull();
      expect(s!.mentions.some((m) => m.articleId === "article:seed-000-ec12a639ed746b02"), iso).toBe(true);
    }
    const gantz = await findEntity(ctx, "person:benny-gantz");
    expect(gantz?.props.title).toMatch(/defen[cs]e minister/i);
    const ma = await findEntity(ctx, "state:MA");
    const party = ma!.relationships.filter((r) => r.type === "PARTY_TO");
    expect(party.length).toBeGreaterThanOrEqual(2);
    for (const r of party) {
      expect(r.evidence.length).toBeGreaterThan(0);
      const ev = r.evidence[0]!;
      const text = readFileSync(seedFile, "utf8");
      expect(text).toContain(ev.sentence);
      expect(ev.spanStart).toBeGreaterThanOrEqual(ev.start);
      expect(ev.spanEnd).toBeLessThanOrEqual(ev.end);
    }
  });

  it("refuses an empty or binary article file with a clear error and writes nothing", async () => {
    const before = await countGraph(ctx);
    const dir = mkdtempSync(join(tmpdir(), "entente-bad-"));
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "blank.md"), "---\ntitle: x\n---\n   \n");
    writeFileSync(join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    writeFileSync(join(dir, "latin1.txt"), Buffer.from("Le ministre a visit\xe9 Rabat", "latin1"));
    const codes: string[] = [];
    for (const f of ["empty.txt", "blank.md", "binary.txt", "latin1.txt"]) {
      try {
        prepareArticleBytes(readFileSync(join(dir, f)));
        codes.push("accepted");
      } catch (e) {
        expect(e).toBeInstanceOf(ExtractInputError);
        codes.push((e as ExtractInputError).code);
      }
    }
    expect(codes).toEqual(["EMPTY", "EMPTY", "BINARY", "ENCODING"]);
    expect(await countGraph(ctx)).toEqual(before);
  });
});
