import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../server/src/extract/extractArticle.ts";
import type { ExtractionResult, Language } from "../../../server/src/extract/types.ts";

// Agreement recall rules of the 047-054 round, each in short sentences written for this test.

const run = (text: string, lang: Language, date: string) => extractArticle(text, { lang, date });
const agreements = (r: ExtractionResult) => r.agreements.map((x) => `${x.kind} ${x.parties.join("+")} ${x.date ?? "-"}`).sort();

describe("agreement recall", () => {
  it("'memorandums of understanding' is an MoU trigger", () => {
    const r = run("Chile and Peru signed three memorandums of understanding on fisheries on Monday.", "en", "2024-03-05");
    expect(agreements(r)).toEqual(["mou CL+PE 2024-03-04"]);
  });
  it("'a deal with' after an article or a signing verb is the noun; 'to deal with' stays a verb", () => {
    expect(agreements(run("Kenya signed a new trade deal with Ghana in May 2021.", "en", "2024-03-05"))).toEqual(["deal GH+KE 2021-05"]);
    expect(agreements(run("Kenya and Ghana will need to deal with the floods together.", "en", "2024-03-05"))).toEqual([]);
  });
  it("'a deal with X and another with Y' gives two instruments", () => {
    const r = run("Norway signed a fishing deal with Iceland in March 2020 and another with Denmark in June 2021.", "en", "2024-03-05");
    expect(agreements(r)).toEqual(["deal DK+NO 2021-06", "deal IS+NO 2020-03"]);
  });
  it("an undated joint statement and a joint statement weeks before the report are two", () => {
    const r = run("Peru and Chile held talks in Lima on Monday. The two ministers issued a joint statement on migration. "
      + "Peru and Chile adopted a joint statement on fisheries in August 2019.", "en", "2024-03-05");
    expect(agreements(r).length).toBe(2);
  });
  it("a signed Arabic إعلان, in the accusative or followed by its name, is a declaration", () => {
    expect(agreements(run("وقّع الرئيسان التونسي والجزائري أمس إعلاناً مشتركاً بين تونس والجزائر.", "ar", "2024-03-05"))).toEqual(["declaration DZ+TN 2024-03-04"]);
    expect(agreements(run("وقّعت مصر والسودان أمس إعلان المبادئ بشأن المياه.", "ar", "2024-03-05"))).toEqual(["declaration EG+SD 2024-03-04"]);
    expect(agreements(run("ويأتي ذلك امتداداً لإعلان الشراكة الذي وقّعه الأردن والعراق في مايو 2019.", "ar", "2024-03-05"))).toEqual(["declaration IQ+JO 2019-05"]);
  });
  it("an Arabic إعلان meaning announcement stays out", () => {
    expect(agreements(run("رحبت تونس بإعلان الرئيس الجزائري فتح الحدود.", "ar", "2024-03-05"))).toEqual([]);
  });
  it("MoUs in a clause naming no state are between the two sides told just before", () => {
    const r = run("Brazil hosted Argentina for talks in Brasilia on Monday, and the talks went well. The leaders set a trade target, and officials signed memorandums of understanding on energy.", "en", "2024-03-05");
    expect(agreements(r).map((x) => x.split(" ").slice(0, 2).join(" "))).toEqual(["mou AR+BR"]);
  });
});
