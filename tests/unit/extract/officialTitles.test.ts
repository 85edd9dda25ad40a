import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../server/src/extract/extractArticle.ts";

function officials(text: string) {
  return Object.fromEntries(extractArticle(text, { lang: "en", date: "2024-05-01" }).officials.map((o) => [o.nameLatin ?? o.name, { title: o.title, state: o.state }]));
}

describe("official titles", () => {
  it("'then' is no part of a title", () => {
    const found = officials("Relations froze in 2019, when the government of then-President Iván Duque refused to recognise the vote.");
    expect(found["Iván Duque"]).toEqual({ title: "President", state: "CO" });
  });

  it("an honorific that is part of a curated name is no office: the curated title stands", () => {
    const found = officials("Prime Minister Narendra Modi met his Bangladeshi counterpart, Sheikh Hasina, in Dhaka on Saturday.");
    expect(found["Sheikh Hasina"]).toEqual({ title: "Prime Minister", state: "BD" });
  });

  it("a title cut short of the curated one takes it whole", () => {
    const found = officials("Mamata Banerjee, the chief minister of West Bengal, flew in separately for the signing.");
    expect(found["Mamata Banerjee"]).toEqual({ title: "Chief Minister of West Bengal", state: "IN" });
  });
});

describe("curated officials across languages", () => {
  it("the same president named in Arabic and in English is one person, with the usual English spelling", () => {
    const ar = extractArticle("استقبل الرئيس الأوزبكي شوكت ميرضيائيف نظيره الكازاخي قاسم جومارت توكاييف في طشقند.", { lang: "ar", date: "2024-05-01" }).officials;
    const en = extractArticle("Uzbek President Shavkat Mirziyoyev hosted Kazakh President Kassym-Jomart Tokayev in Tashkent.", { lang: "en", date: "2024-05-01" }).officials;
    const pick = (list: typeof ar) => list.map((o) => [o.id, o.nameLatin, o.state]).sort();
    expect(pick(ar)).toEqual([
      ["person:kassym-jomart-tokayev", "Kassym-Jomart Tokayev", "KZ"],
      ["person:shavkat-mirziyoyev", "Shavkat Mirziyoyev", "UZ"],
    ]);
    expect(pick(en)).toEqual(pick(ar));
  });
});

describe("the state of an official with a bare title", () => {
  const report = "Australia and Indonesia to start joint patrols\n\nCANBERRA, May 2 - Indonesia will send two frigates to join "
    + "joint patrols in the Timor Sea, Indonesian officials said on Thursday, after talks between the two navies in Jakarta last month.\n\n"
    + "Defence Minister Richard Marles said the first patrol would leave Darwin in July. Indonesia has also bought submarines from France.";
  it("is the dateline's state, not the state the report names most", () => {
    expect(officials(report)["Richard Marles"]?.state).toBe("AU");
  });
  it("with no dateline, is still the state the report names most", () => {
    const found = officials(report.replace("CANBERRA, May 2 - ", ""));
    expect(found["Richard Marles"]?.state).toBe("ID");
  });
  it("a state named before the title in the same sentence still wins over the dateline", () => {
    const found = officials("Patrols\n\nCANBERRA, May 2 - Indonesia's Defence Minister Prabowo Subianto said on Thursday the patrols would start in July.");
    expect(found["Prabowo Subianto"]?.state).toBe("ID");
  });
});
