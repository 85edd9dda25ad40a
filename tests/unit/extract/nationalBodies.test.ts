import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../server/src/extract/extractArticle.ts";

/** The organizations an article yields, as id -> name and the words it was named by. */
function bodies(text: string, lang: "ar" | "en" | "fr") {
  return Object.fromEntries(extractArticle(text, { lang, date: "2024-05-01" }).organizations.map((o) => [o.id, { name: o.name, names: o.names }]));
}

describe("national bodies named by a state word", () => {
  it("English: the body's own words, and the state's name in the body's name", () => {
    const found = bodies("The Chilean Ministry of Foreign Affairs summoned the envoy. Later the Peruvian army closed the crossing.", "en");
    expect(found["org:cl-foreign-ministry"]).toEqual({ name: "Foreign Ministry (Chile)", names: ["Chilean Ministry of Foreign Affairs"] });
    expect(found["org:pe-armed-forces"]).toEqual({ name: "Armed Forces (Peru)", names: ["Peruvian army"] });
  });

  it("resolves to the curated organization when it is that state's body", () => {
    const en = bodies("The Israeli army said it had opened the crossing.", "en");
    expect(Object.keys(en)).toEqual(["org:idf"]);
    expect(en["org:idf"]!.names).toEqual(["Israeli army"]);
    const ar = bodies("وقال الجيش المغربي إنه شارك في التمرين.", "ar");
    expect(Object.keys(ar)).toEqual(["org:far-ma"]);
  });

  it("Arabic: no word before the body joins its name, and a curated name is not named twice", () => {
    // A quoted demonym, as some Arabic outlets write it, after a noun that is not part of the name.
    const found = bodies('وتسعى الرباط إلى الاستفادة من خبرات الجيش "الإسرائيلي" في الصناعات العسكرية.', "ar");
    expect(Object.keys(found)).toEqual(["org:idf"]);
    expect(found["org:idf"]!.names.every((name) => !name.includes("خبرات"))).toBe(true);
  });

  it("Arabic: the body must be all of the words before the state word", () => {
    // "a delegation of the Israeli army (visited) Morocco": Morocco's name follows, but no Moroccan army is meant.
    const found = bodies("وصل وفد من الجيش الإسرائيلي المغرب أمس.", "ar");
    expect(found["org:ma-armed-forces"]).toBeUndefined();
    expect(found["org:far-ma"]).toBeUndefined();
    const two = bodies("وقالت وزارة الخارجية التونسية إنها استدعت السفير.", "ar");
    expect(two["org:tn-foreign-ministry"]).toEqual({ name: "Foreign Ministry (Tunisia)", names: ["وزارة الخارجية التونسية"] });
  });

  it("French: the body before the adjective", () => {
    const found = bodies("L'armée sénégalaise a participé aux manœuvres.", "fr");
    expect(found["org:sn-armed-forces"]?.name).toBe("Armed Forces (Senegal)");
  });
});
