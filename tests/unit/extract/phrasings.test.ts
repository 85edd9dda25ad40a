import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../server/src/extract/extractArticle.ts";

// Common news phrasings of events, one sentence each (written for this test), with the event they must give.
const CASES: [string, "en" | "ar" | "fr", string][] = [
  ["ANKARA — Turkish President Recep Tayyip Erdogan held talks with Iraqi Prime Minister Mohammed Shia al-Sudani in Ankara on Tuesday.", "en", "meeting IQ+TR TR"],
  ["King Abdullah II received Egyptian President Abdel Fattah al-Sisi in Amman on Sunday.", "en", "meeting EG+JO JO"],
  ["Qatar hosted the foreign ministers of Egypt and Jordan on Monday for talks on Gaza.", "en", "meeting EG+JO+QA QA"],
  ["Indian Prime Minister Narendra Modi arrived in Paris on Thursday for a two-day visit.", "en", "visit FR+IN FR"],
  ["French President Emmanuel Macron spoke by phone with Saudi Crown Prince Mohammed bin Salman on Friday.", "en", "call FR+SA"],
  ["استقبل العاهل الأردني الملك عبد الله الثاني الرئيس المصري عبد الفتاح السيسي في عمّان، أمس الأحد.", "ar", "meeting EG+JO JO"],
  ["بحث وزير الخارجية السعودي الأمير فيصل بن فرحان مع نظيره التركي هاكان فيدان العلاقات الثنائية.", "ar", "meeting SA+TR"],
  ["أجرى الرئيس الفرنسي إيمانويل ماكرون محادثات مع الرئيس الجزائري عبد المجيد تبون في الجزائر العاصمة.", "ar", "meeting DZ+FR DZ"],
  ["وصل رئيس الوزراء العراقي محمد شياع السوداني إلى طهران، اليوم الأحد، في زيارة رسمية.", "ar", "visit IQ+IR IR"],
  ["تلقى أمير قطر الشيخ تميم بن حمد آل ثاني اتصالا هاتفيا من الرئيس الإيراني إبراهيم رئيسي.", "ar", "call IR+QA"],
  ["وقّع المغرب وفرنسا اتفاقية للتعاون في مجال الطاقة.", "ar", "agreement FR+MA"],
  ["صادق البرلمان التركي على اتفاقية التعاون العسكري مع ليبيا.", "ar", "agreement LY+TR"],
  ["Le président français Emmanuel Macron s'est entretenu mardi avec le roi Mohammed VI à Rabat.", "fr", "meeting FR+MA MA"],
  ["Le Maroc et l'Espagne ont signé un accord-cadre de coopération en matière de sécurité.", "fr", "agreement ES+MA"],
  ["Egypt and Turkey announced on Tuesday the restoration of diplomatic relations at ambassador level.", "en", "agreement EG+TR"],
  ["أعلنت مصر وتركيا استئناف العلاقات الدبلوماسية بينهما على مستوى السفراء.", "ar", "agreement EG+TR"],
  ["Japanese Prime Minister Fumio Kishida and Australian Prime Minister Anthony Albanese issued a joint leaders' statement on energy security.", "en", "declaration AU+JP"],
];

describe("event phrasings", () => {
  for (const [text, lang, want] of CASES) {
    it(`${lang}: ${want}`, () => {
      const r = extractArticle(text, { lang, date: "2024-05-08" });
      const got = [...r.meetings.map((m) => `${m.kind} ${m.participants.join("+")}${m.host ? " " + m.host : ""}`), ...r.agreements.map((x) => `${x.kind} ${x.parties.join("+")}`)];
      expect(got).toContain(want);
    });
  }

  it("one side announcing it reopens an embassy is not an agreement", () => {
    const r = extractArticle("Riyadh announced it would reopen its embassy in Damascus.", { lang: "en", date: "2023-05-09" });
    expect(r.agreements).toEqual([]);
  });

  it("a person's nisba surname is not a state", () => {
    const r = extractArticle("وقال رئيس الوزراء العراقي محمد شياع السوداني إن المحادثات مع أنقرة كانت مثمرة، وأكد السوداني ذلك.", { lang: "ar", date: "2024-04-22" });
    expect(r.states.map((s) => s.iso2)).not.toContain("SD");
  });

  it("names listed after a plural title take their states in order", () => {
    const r = extractArticle("The foreign ministers of Uzbekistan and Tajikistan, Bakhtiyor Saidov and Sirojiddin Muhriddin, exchanged notes.", { lang: "en", date: "2025-03-31" });
    expect(r.officials.map((o) => `${o.name}/${o.state}`)).toEqual(["Bakhtiyor Saidov/UZ", "Sirojiddin Muhriddin/TJ"]);
  });

  it("the dateline places the lead event", () => {
    const r = extractArticle("Leaders meet\n\nMADRID — Turkey, Finland and Sweden signed a memorandum after talks on Tuesday.", { lang: "en", date: "2022-06-29" });
    expect(r.meetings[0]?.host).toBe("ES");
    expect(r.meetings[0]?.date).toBe("2022-06-28");
  });
});
