import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../server/src/extract/extractArticle.ts";
import type { ExtractionResult, Language } from "../../../server/src/extract/types.ts";

// Rules of the 063-070 round (named partnerships, group summits, brief encounters, planned trips), each in short
// sentences written for this test.

const run = (text: string, lang: Language, date: string) => extractArticle(text, { lang, date });
const agreements = (r: ExtractionResult) => r.agreements.map((x) => `${x.kind} ${x.parties.join("+")} ${x.date ?? "-"}`).sort();

describe("partnerships", () => {
  it("a named or signed partnership is an agreement", () => {
    expect(agreements(run("On Monday, Senegal signed a $2.5 billion Just Energy Transition Partnership with France and Germany.", "en", "2023-06-23")))
      .toEqual(["agreement DE+FR+SN 2023-06-19"]);
    expect(agreements(run("أطلقت البحرين والكويت أمس الأحد \"الشراكة اللوجستية المشتركة للموانئ\" في المنامة.", "ar", "2023-05-08")))
      .toEqual(["agreement BH+KW 2023-05-07"]);
  });
  it("a relationship raised to a partnership is not an agreement, even in capitals", () => {
    expect(agreements(run("Chile and Peru elevated their relations to a comprehensive strategic partnership on Monday.", "en", "2024-03-05"))).toEqual([]);
    expect(agreements(run("Chile and Peru elevated their relations to a Comprehensive Strategic Partnership on Monday.", "en", "2024-03-05"))).toEqual([]);
    expect(agreements(run("أعلن الرئيسان رفع العلاقات بين تونس والجزائر إلى مستوى الشراكة الاستراتيجية.", "ar", "2024-03-05"))).toEqual([]);
  });
  it("a tier name ('our Special Strategic Partnership') or a partnership body is not an agreement", () => {
    expect(agreements(run("\"Chile is our closest partner, as shown by our Special Strategic Partnership,\" the Peruvian minister said.", "en", "2024-03-05"))).toEqual([]);
    expect(agreements(run("Chile and Peru held the first session of their Strategic Partnership Council in Lima.", "en", "2024-03-05"))).toEqual([]);
  });
  it("'Partnership Agreement' stays one agreement", () => {
    expect(agreements(run("Chile and Peru signed a Comprehensive Economic Partnership Agreement on Monday.", "en", "2024-03-05"))).toEqual(["agreement CL+PE 2024-03-04"]);
  });
});

const meetings = (r: ExtractionResult) => r.meetings.map((m) => `${m.kind} ${m.participants.join("+")} ${m.date ?? "-"}`).sort();

describe("brief encounters", () => {
  it("a handshake is a meeting of the two who shook hands", () => {
    expect(meetings(run("كما صافح الرئيس الكيني وليام روتو الرئيس التنزاني سامية صولحو حسن صباح الأربعاء.", "ar", "2023-07-12"))).toEqual(["meeting KE+TZ 2023-07-12"]);
    expect(meetings(run("Kenyan President William Ruto shook hands briefly with Tanzanian President Samia Suluhu Hassan on Wednesday.", "en", "2023-07-12"))).toEqual(["meeting KE+TZ 2023-07-12"]);
  });
});
