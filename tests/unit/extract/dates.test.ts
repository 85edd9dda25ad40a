import { describe, expect, it } from "vitest";
import { findDates } from "../../../server/src/extract/findDates.ts";
import { normalizeForMatching } from "../../../server/src/extract/normalizeForMatching.ts";
import { splitSentences } from "../../../server/src/extract/splitSentences.ts";
import type { Language } from "../../../server/src/extract/types.ts";

const values = (text: string, lang: Language, published: string | null) =>
  findDates(normalizeForMatching(text), splitSentences(text), lang, published).map((d) => d.value);

describe("Arabic dates", () => {
  it("reads Egyptian, Levantine and Maghrebi month names", () => {
    expect(values("في 22 نوفمبر/تشرين الثاني 2021", "ar", null)).toEqual(["2021-11-22"]);
    expect(values("في 8 تشرين الأول 2002", "ar", null)).toEqual(["2002-10-08"]);
    expect(values("يوم 5 جانفي 2020", "ar", null)).toEqual(["2020-01-05"]);
  });
  it("never gives a day the month lacks: 'the end of February' in a common year is February", () => {
    const found = values("The minister met his counterparts in Astana at the end of February, his office said.", "en", "2023-09-20");
    expect(found.every((value) => !value.startsWith("2023-02-29"))).toBe(true);
    expect(found).toContain("2023-02");
  });
  it("keeps the precision of partial dates", () => {
    expect(values("وقعت نهاية 2021", "ar", "2022-03-30")).toEqual(["2021"]);
    expect(values("في أغسطس 2020", "ar", null)).toEqual(["2020-08"]);
  });
  it("resolves relative expressions against the publication date", () => {
    expect(values("الشهر الماضي", "ar", "2022-03-30")).toEqual(["2022-02"]);
    expect(values("وصل أمس", "ar", "2021-12-13")).toEqual(["2021-12-12"]);
    expect(values("في ديسمبر الماضي", "ar", "2022-06-21")).toEqual(["2021-12"]);
    expect(values("غدا", "ar", "2021-06-26")).toEqual(["2021-06-27"]);
  });
  it("takes a weekday as the latest such day on or before publication", () => {
    expect(values("وقعت الثلاثاء", "ar", "2021-03-02")).toEqual(["2021-03-02"]);
    expect(values("وقعت الأحد", "ar", "2021-03-02")).toEqual(["2021-02-28"]);
  });
  it("does not invent a date without a reference", () => {
    expect(values("الشهر الماضي", "ar", null)).toEqual([]);
  });
});

describe("English and French dates", () => {
  it("uses chrono for day-month dates and resolves weekdays backwards", () => {
    expect(values("They met on Thursday.", "en", "2022-01-07")).toEqual(["2022-01-06"]);
    expect(values("The summit is on September 24.", "en", "2021-09-14")).toEqual(["2021-09-24"]);
  });
  it("reads years, end of year and last month", () => {
    expect(values("It was signed at the end of 2021.", "en", "2022-03-30")).toEqual(["2021"]);
    expect(values("It leaked late last month.", "en", "2022-04-20")).toEqual(["2022-03"]);
    expect(values("C'était en décembre 2016.", "fr", "2018-06-12")).toEqual(["2016-12"]);
    expect(values("signé dimanche 10 juin à Rabat", "fr", "2018-06-12")).toEqual(["2018-06-10"]);
  });
});
