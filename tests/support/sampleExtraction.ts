import type { Evidence, ExtractionResult } from "../../server/src/extract/types.ts";
import type { ArticleRecord } from "../../server/src/graph/ArticleRecord.ts";

/** Evidence for the first occurrence of `needle` in `text`, the sentence being the whole line. */
export function evidenceOf(text: string, needle: string): Evidence {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not in text`);
  const start = text.lastIndexOf("\n", at) + 1;
  const nl = text.indexOf("\n", at);
  const end = nl < 0 ? text.length : nl;
  return { sentence: text.slice(start, end), start, end, spanStart: at, spanEnd: at + needle.length };
}

/**
 * A small hand-written article and the extraction it should give: Morocco and Israel sign a
 * defense MoU during a visit. Used to test the loader apart from the extractor.
 */
export function sampleArticle(id = "article:sample-1", extraSentence = ""): { article: ArticleRecord; extraction: ExtractionResult } {
  const text = `Israeli Defense Minister Benny Gantz visited Rabat on 24 November 2021.\nMorocco and Israel signed a defense memorandum of understanding.${extraSentence ? `\n${extraSentence}` : ""}`;
  const ev = (n: string) => [evidenceOf(text, n)];
  const gantz = "person:benny-gantz";
  const mou = "agreement:mou:IL-MA:2021-11";
  const visit = "meeting:visit:MA:IL-MA:2021-11-24";
  return {
    article: { id, title: "Gantz in Rabat", url: null, source: "test", language: "en", publishedAt: "2021-11-25", text },
    extraction: {
      language: "en",
      publishedAt: "2021-11-25",
      states: [
        { iso2: "IL", name: "Israel", names: { en: "Israel", ar: "إسرائيل", fr: "Israël" }, surfaces: ["Israeli", "Israel"], evidence: ev("Israeli"), confidence: 0.95 },
        { iso2: "MA", name: "Morocco", names: { en: "Morocco", ar: "المغرب", fr: "Maroc" }, surfaces: ["Rabat", "Morocco"], evidence: ev("Morocco"), confidence: 0.95 },
      ],
      officials: [
        { id: gantz, name: "Benny Gantz", names: ["Benny Gantz"], nameLatin: "Benny Gantz", title: "Defense Minister", titleOriginal: "Defense Minister", state: "IL", organization: null, evidence: ev("Benny Gantz"), confidence: 0.9 },
      ],
      organizations: [],
      agreements: [
        { id: mou, kind: "mou", name: null, parties: ["IL", "MA"], signatories: [], domains: ["defense"], date: "2021-11", status: "signed", evidence: ev("memorandum of understanding"), confidence: 0.8 },
      ],
      meetings: [
        { id: visit, kind: "visit", name: null, participants: ["IL", "MA"], host: "MA", location: "Rabat", date: "2021-11-24", endDate: null, attendees: [gantz], produced: [mou], evidence: ev("visited"), confidence: 0.8 },
      ],
      relations: [
        { type: "HOLDS_OFFICE", from: gantz, to: "state:IL", title: "Defense Minister", evidence: ev("Defense Minister"), confidence: 0.9 },
        { type: "PARTY_TO", from: "state:IL", to: mou, evidence: ev("signed"), confidence: 0.8 },
        { type: "PARTY_TO", from: "state:MA", to: mou, evidence: ev("signed"), confidence: 0.8 },
        { type: "PARTICIPATED_IN", from: "state:MA", to: visit, role: "host", evidence: ev("visited"), confidence: 0.8 },
        { type: "PARTICIPATED_IN", from: gantz, to: visit, role: "visitor", evidence: ev("visited"), confidence: 0.8 },
        { type: "HELD_IN", from: visit, to: "state:MA", evidence: ev("Rabat"), confidence: 0.8 },
      ],
    },
  };
}
