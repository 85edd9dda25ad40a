import { describe, expect, it } from "vitest";
import { decodeArticleBytes } from "../../../server/src/extract/decodeArticleBytes.ts";
import { ExtractInputError } from "../../../server/src/extract/ExtractInputError.ts";
import { extractArticle } from "../../../server/src/extract/extractArticle.ts";

describe("bad input", () => {
  it("rejects empty and blank text", () => {
    expect(() => extractArticle("")).toThrow(ExtractInputError);
    expect(() => extractArticle("   \n\t ")).toThrow(ExtractInputError);
  });
  it("rejects binary bytes, invalid UTF-8 and oversized input", () => {
    expect(() => decodeArticleBytes(new Uint8Array([0, 1, 2, 3, 255]))).toThrow(ExtractInputError);
    expect(() => decodeArticleBytes(new Uint8Array([0x41, 0xc3, 0x28, 0x41]))).toThrow(/UTF-8/);
    expect(() => decodeArticleBytes(new TextEncoder().encode("a".repeat(100)), 10)).toThrow(/limit/);
  });
  it("never crashes on random strings, mixed scripts and a huge single line", () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const alphabet = "abcXYZ مصر الرباط وزير، . «» 2021 Mr. President of -’\"()؟\u064B\u0640éÉ\n";
    for (let n = 0; n < 200; n++) {
      let s = "x";
      for (let i = 0; i < 200; i++) s += alphabet[Math.floor(rnd() * alphabet.length)];
      expect(() => extractArticle(s, { date: "2022-01-01" })).not.toThrow();
    }
    const huge = "Israeli Prime Minister Naftali Bennett visited the UAE on Monday and signed an agreement ".repeat(3000);
    const r = extractArticle(huge, { date: "2021-12-13" });
    expect(r.states.map((s) => s.iso2)).toEqual(["AE", "IL"]);
  });
  it("does not crash when the text ends on an event word (the named-venue lookup reads the token after it)", () => {
    const text = "وصل الرئيس التونسي إلى القاهرة أمس، ويلتقي نظيره المصري اليوم في ختام الزيارة.";
    const r = extractArticle(text, { date: "2023-03-01", lang: "ar" });
    expect(r.meetings.map((m) => m.kind)).toContain("visit");
    expect(() => extractArticle("وصل الرئيس الجزائري إلى موسكو في زيارة", { date: "2023-03-01", lang: "ar" })).not.toThrow();
    expect(() => extractArticle("Egypt and Tunisia agreed on a summit", { date: "2023-03-01", lang: "en" })).not.toThrow();
  });
});

describe("determinism", () => {
  it("gives the same JSON for the same text and date", () => {
    const text = "وقعت السودان ومصر، اليوم الثلاثاء، اتفاقية تعاون عسكري بالخرطوم خلال زيارة رئيس أركان الجيش المصري.";
    const a = JSON.stringify(extractArticle(text, { date: "2021-03-02" }));
    const b = JSON.stringify(extractArticle(text, { date: "2021-03-02" }));
    expect(a).toBe(b);
    const r = JSON.parse(a);
    expect(r.agreements[0].parties).toEqual(["EG", "SD"]);
    expect(r.agreements[0].id).toMatch(/^agreement:[0-9a-f]{16}$/);
  });
});
