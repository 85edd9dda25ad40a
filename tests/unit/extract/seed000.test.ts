import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { transliterateArabicName } from "../../../server/src/extract/ar/transliterateName.ts";
import { extractArticle } from "../../../server/src/extract/extractArticle.ts";
import { parseArticleFile } from "../../../server/src/extract/parseArticleFile.ts";

// The product's first article: an Israeli military delegation in Morocco, with a truncated headline repeated at the top.
const file = path.resolve(import.meta.dirname, "../../../seeds/000-ar-morocco-israel-military-delegation.md");
const parsed = parseArticleFile(readFileSync(file, "utf8"));
const r = extractArticle(parsed.body, { date: parsed.meta.published ?? undefined, lang: "ar" });

describe("seed 000: Morocco-Israel military delegation", () => {
  it("agreement names are real designations, never headline fragments or generic descriptions", () => {
    for (const x of r.agreements) {
      if (x.name === null) continue;
      expect(x.name).not.toMatch(/\n/);
      expect(x.name).not.toMatch(/^[بلك]/);
      expect(x.name).not.toBe("اتفاق تعاون عسكري");
    }
    expect(r.agreements.find((x) => x.date === "2022-03")?.name ?? null).toBeNull();
  });

  it("the repeated headline makes no duplicate events", () => {
    const keys = r.agreements.map((x) => `${x.parties.join("+")}@${x.date}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(r.agreements.filter((x) => x.parties.join("+") === "IL+MA")).toHaveLength(2);
    expect(r.meetings.filter((m) => m.kind === "visit" && m.participants.join("+") === "IL+MA")).toHaveLength(2);
  });

  it("opportunities to take part in international exercises are not an exercise", () => {
    expect(r.meetings.filter((m) => m.kind === "exercise")).toEqual([]);
  });

  it("the Negev Summit is hosted by Israel and dated by the visit it coincides with", () => {
    const negev = r.meetings.find((m) => m.kind === "summit");
    expect(negev).toMatchObject({ host: "IL", date: "2022-03", participants: ["AE", "BH", "EG", "IL", "MA", "US"] });
  });

  it("officials outside the curated table get a Latin spelling, last in names", () => {
    for (const o of r.officials) {
      expect(o.nameLatin).toMatch(/^[A-Za-z' -]+$/);
      expect(o.names.at(-1)).toBe(o.nameLatin);
    }
    expect(r.officials.map((o) => o.nameLatin)).toContain("Tal Kalman");
    expect(new Set(r.officials.map((o) => o.id)).size).toBe(r.officials.length);
  });

  it("titles keep the organization the text names", () => {
    const title = (latin: string) => r.officials.find((o) => o.nameLatin === latin)?.title;
    expect(title("Tal Kalman")).toBe("Head of the Strategy and Third Department Directorate");
    expect(r.officials.find((o) => o.name === "إيفي ديفرين")?.title).toBe("Commander of the Foreign Relations Brigade");
    expect(r.officials.find((o) => o.name === "بلخير الفاروق")?.title).toMatch(/^Inspector General of the /);
    expect(r.officials.find((o) => o.name === "بيني غانتس")?.title).toBe("Defense Minister");
  });
});

describe("Arabic name transliteration", () => {
  it("follows common English conventions", () => {
    expect(transliterateArabicName("تال كالمان")).toBe("Tal Kalman");
    expect(transliterateArabicName("ناصر بوريطة")).toBe("Nasir Burita");
    expect(transliterateArabicName("أحمد أبو الغيط")).toBe("Ahmad Abu al-Ghit");
    expect(transliterateArabicName("فيصل بن فرحان")).toMatch(/ bin Farhan$/);
    expect(transliterateArabicName("Joe Biden")).toBe("Joe Biden");
  });
});
