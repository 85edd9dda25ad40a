import { describe, expect, it } from "vitest";
import { analyzeText } from "../../../server/src/extract/AnalyzedText.ts";
import { extractArticle } from "../../../server/src/extract/extractArticle.ts";

// Invented texts: each checks one class of phrasing.
const datesOf = (text: string, lang: "en" | "ar", published: string) =>
  analyzeText(text, lang, published).dates.map((d) => [text.slice(d.start, d.end), d.value]);

describe("a month whose year the next words give", () => {
  it("'in July last year' is July of the year before publication, one mention", () => {
    expect(datesOf("The banks signed a memorandum in July last year.", "en", "2024-09-14")).toEqual([["July last year", "2023-07"]]);
  });
  it("'on Sept. 15 of that year' takes the last year written before it", () => {
    expect(datesOf("In 2020 they signed the accords at the White House on Sept. 15 of that year.", "en", "2022-03-28"))
      .toEqual([["In 2020", "2020"], ["Sept. 15 of that year", "2020-09-15"]]);
  });
  it("Arabic: 'في يوليو من العام الماضي' and 'في مارس من العام نفسه'", () => {
    const d = datesOf("وقعا مذكرة في يوليو من العام الماضي، وفي عام 2019 ثم في مارس من العام نفسه.", "ar", "2023-09-11");
    expect(d.map(([, v]) => v)).toEqual(["2022-07", "2019", "2019-03"]);
  });
});

describe("ties raised to ambassador level, and topics", () => {
  it("Arabic: an announcement by both of raising ties to ambassador level is an agreement of the pair, not of the topic state", () => {
    const text = "التقى الرئيس المصري نظيره التركي أمس، في أحدث خطوة للتقارب بين مصر وتركيا. وقال المتحدث المصري سامي عادل إن اللقاء تناول تطورات الأوضاع في ليبيا، "
      + "وإن الرئيسين رحبا بما تحقق منذ إعلان البلدين في الرابع من يوليو الماضي رفع مستوى العلاقات الدبلوماسية بينهما إلى مستوى السفراء.";
    const out = extractArticle(text, { lang: "ar", date: "2023-09-11" });
    expect(out.agreements.map((x) => [x.parties.join("+"), x.date])).toEqual([["EG+TR", "2023-07-04"]]);
    expect(out.meetings.some((m) => m.participants.includes("LY"))).toBe(false);
  });
  it("Arabic: ties raised to a 'strategic partnership' are no agreement", () => {
    const text = "وأعلن رئيس الوزراء الهندي عقب المباحثات مع الرئيس المصري رفع العلاقات بين البلدين إلى مستوى الشراكة الاستراتيجية.";
    expect(extractArticle(text, { lang: "ar", date: "2023-01-26" }).agreements).toEqual([]);
  });
});

describe("a statement issued by a multilateral meeting", () => {
  it("Arabic: وصدر عن اجتماع عمّان بيان ختامي has all the meeting's participants as parties", () => {
    const text = "استضافت عمّان في الأول من مايو اجتماعاً ضم وزراء خارجية الأردن والسعودية والعراق ومصر وسوريا. "
      + "وترأس الاجتماع وزير الخارجية الأردني سمير داود. وصدر عن اجتماع عمّان بيان ختامي اتفق فيه المشاركون على خطوات لوقف التهريب.";
    const out = extractArticle(text, { lang: "ar", date: "2023-05-08" });
    const decl = out.agreements.find((x) => x.kind === "declaration");
    expect(decl?.parties).toEqual(["EG", "IQ", "JO", "SA", "SY"]);
  });
});

describe("demonyms a sovereign state shares with territories", () => {
  const statesOf = (text: string) => extractArticle(text, { lang: "en", date: "2024-01-01" }).states.map((s) => s.iso2);
  it("'French President X' is a French official and names France (the French Southern Territories share the word)", () => {
    const out = extractArticle("Title\n\nChinese Premier Li Wen met French President Jean Dupuis on Tuesday.", { lang: "en", date: "2024-01-01" });
    expect(out.officials.find((o) => o.name === "Jean Dupuis")?.state).toBe("FR");
    expect(out.states.map((s) => s.iso2)).toEqual(["CN", "FR"]);
  });
  it("'inter-American' and 'Latin American' name no state; 'Saudi-Iranian talks' names both", () => {
    expect(statesOf("Title\n\nColombia rejoined the inter-American system and Latin American forums.")).toEqual(["CO"]);
    expect(statesOf("Title\n\nThe Saudi-Iranian talks resumed in Baghdad.")).toEqual(["IQ", "IR", "SA"]);
  });
});

describe("days told from another day", () => {
  it("'the next day', 'the day before', 'في اليوم التالي': one day after (before) the day told just before", () => {
    expect(datesOf("He arrived on Tuesday, March 5, 2024 and signed the deal the next day. Talks were held the day before.", "en", "2024-03-10"))
      .toEqual([["on Tuesday, March 5, 2024", "2024-03-05"], ["the next day", "2024-03-06"], ["the day before", "2024-03-04"]]);
    expect(datesOf("توجه إلى نيودلهي يوم الثلاثاء، وعقد في اليوم التالي مباحثات.", "ar", "2019-02-23").map(([, v]) => v)).toEqual(["2019-02-19", "2019-02-20"]);
  });
  it("Arabic: 'في اليوم الثالث من زيارة' is a day of the visit, not today", () => {
    const values = datesOf("وقّع الرئيسان أمس الخميس الإعلان، وذلك في اليوم الثالث من زيارة الدولة.", "ar", "2023-06-16").map(([, v]) => v);
    expect(values).toContain("2023-06-15");
    expect(values).not.toContain("2023-06-16");
  });
  it("an undated instrument told after a later day of a trip was signed that day, not on the trip's first day", () => {
    const text = "وصل الرئيس المصري إلى العاصمة الهندية نيودلهي يوم الثلاثاء في زيارة دولة، وأجرى أمس الأربعاء مباحثات مع رئيس الوزراء الهندي راجيف كومار. "
      + "وشهد الزعيمان تبادل مذكرات تفاهم في مجالات الأمن السيبراني والثقافة.";
    const out = extractArticle(text, { lang: "ar", date: "2023-01-26" });
    expect(out.agreements.map((x) => [x.parties.join("+"), x.date])).toEqual([["EG+IN", "2023-01-25"]]);
  });
});
