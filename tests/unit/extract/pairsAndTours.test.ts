import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../server/src/extract/extractArticle.ts";

const statesOf = (text: string, date: string) =>
  Object.fromEntries(extractArticle(text, { lang: "en", date }).officials.map((o) => [o.name, o.state]));

describe("the article's pair in tours", () => {
  it("a tour has no leading pair: a host no title places takes the stop named just before, not the other side of a pair", () => {
    // Japan meets Chile, then Peru, about equally often: no pair leads the article.
    const text = "Japanese premier tours South America\n\n"
      + "LIMA — Japanese Prime Minister Kenji Mori arrived in Peru on Monday, the second stop of a tour that began in Chile.\n\n"
      + "Mori is due to hold talks with President Luis Quispe on Tuesday.\n\n"
      + "In Santiago on Saturday, Mori met Chilean President Pablo Rojas. Japan and Chile discussed salmon farming. Japan and Peru will discuss mining.";
    const byName = statesOf(text, "2024-03-04");
    expect(byName["Luis Quispe"]).toBe("PE");
    expect(byName["Kenji Mori"]).toBe("JP");
  });
  it("a clearly leading pair still gives a person met by one side the other side", () => {
    const text = "Chile and Peru sign fisheries accord\n\nSANTIAGO — Chile and Peru signed a fisheries accord on Monday. "
      + "Chile and Peru had negotiated for a year. Chancellor Marta Quispe signed it with Chilean Foreign Minister Tomás Riquelme. "
      + "Chile and Peru will meet again in Lima. Chile also talks to Bolivia.";
    expect(statesOf(text, "2024-03-05")["Marta Quispe"]).toBe("PE");
  });
});

describe("the two leaders", () => {
  it("talks of 'the two leaders' are between the pair told before, not with a state named as their topic", () => {
    const text = "Canada and Japan leaders meet in Ottawa\n\n"
      + "OTTAWA — Japanese Prime Minister Kenji Mori arrived in Canada on Monday for a two-day visit. He met Canadian Prime Minister Anne Leduc. "
      + "The two leaders later held talks in Ottawa on aid to Haiti.";
    const out = extractArticle(text, { lang: "en", date: "2024-05-06" });
    expect(out.meetings.some((m) => m.participants.includes("HT"))).toBe(false);
    expect(out.meetings.some((m) => m.participants.join("+") === "CA+JP")).toBe(true);
  });
  it("a joint statement of 'the two ministers' has the sides of the meeting told before as parties", () => {
    const text = "Indonesian minister in Brazil\n\n"
      + "BRASILIA — Indonesian Foreign Minister Sari Wulan arrived in Brazil on Monday on a tour of Latin America that will take her to Mexico.\n\n"
      + "Wulan began in Argentina, where on Sunday she met Argentine Foreign Minister Julio Paz. The two ministers issued a joint statement calling for peace in Sudan.";
    const out = extractArticle(text, { lang: "en", date: "2024-05-06" });
    const statement = out.agreements.find((x) => x.kind === "declaration");
    expect(statement?.parties).toEqual(["AR", "ID"]);
  });
  it("'الوزيران' after a meeting of two ministers: their statement is theirs, not the topic's", () => {
    const text = "التقى وزير الخارجية المصري أحمد سالم نظيره الأردني خالد منصور في القاهرة أمس. وأصدر الوزيران بياناً مشتركاً يدعو إلى وقف إطلاق النار في السودان.";
    const out = extractArticle(text, { lang: "ar", date: "2024-05-06" });
    const statement = out.agreements.find((x) => x.kind === "declaration");
    expect(statement?.parties).toEqual(["EG", "JO"]);
  });
});

describe("family names first", () => {
  it("a Chinese or Korean official is found by the family name alone ('Wang' for Wang Yi)", () => {
    const text = "Chinese Foreign Minister Wang Yi visited Kenya on Monday. Wang met President Samuel Otieno in Nairobi.";
    const wang = extractArticle(text, { lang: "en", date: "2024-01-08" }).officials.find((o) => o.name === "Wang Yi");
    expect(wang?.names).toContain("Wang");
  });
});

describe("talks beside a summit", () => {
  it("two leaders who met on the sidelines of a summit hold a meeting of their own next to the summit", () => {
    const text = "Indian Prime Minister Narendra Modi and Chinese President Xi Jinping met on Wednesday on the sidelines of the BRICS summit in the Russian city of Kazan.";
    const out = extractArticle(text, { lang: "en", date: "2024-10-23" });
    expect(out.meetings.some((m) => m.kind === "summit")).toBe(true);
    expect(out.meetings.some((m) => m.kind === "meeting" && m.participants.includes("CN") && m.participants.includes("IN"))).toBe(true);
  });
});
