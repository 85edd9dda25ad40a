import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../server/src/extract/extractArticle.ts";

// Invented texts (people and events are made up): each checks one class of phrasing.
const meetingsOf = (text: string, lang: "en" | "ar", date: string) => extractArticle(text, { lang, date }).meetings;
const visitsTo = (ms: ReturnType<typeof meetingsOf>) => Object.fromEntries(ms.filter((m) => m.kind === "visit").map((m) => [m.host, m.participants.join("+")]));

describe("later stops of a tour", () => {
  it("flew on to, arriving in, stopped in ... and then in, the X leg, the last leg took him to: one visit per stop, by the traveller", () => {
    const text = "Canadian minister ends regional tour\n\n"
      + "CAIRO, May 9 - Canadian Foreign Minister Paul Girard ended a week-long tour of the region on Thursday with talks in Cairo.\n\n"
      + "The trip opened on Saturday in Istanbul, where Girard met Turkish Foreign Minister Kemal Aydin. "
      + "He then flew on to the Greek island of Rhodes for a dinner with Prime Minister Nikos Petrou, before arriving in Amman on Sunday. "
      + "On Monday he stopped in Abu Dhabi to meet UAE Minister Saeed Rashed, and then in the Saudi desert town of AlUla. "
      + "The Israel leg came on Tuesday. The last leg of the tour took him to Egypt.";
    const v = visitsTo(meetingsOf(text, "en", "2024-05-09"));
    expect(v).toMatchObject({ TR: "CA+TR", GR: "CA+GR", JO: "CA+JO", AE: "AE+CA", SA: "CA+SA", IL: "CA+IL", EG: "CA+EG" });
  });
  it("a second stop in one sentence is the traveller's, not the host met at the first stop", () => {
    const text = "On Wednesday Canadian Foreign Minister Paul Girard drove to Ramallah to meet Palestinian Prime Minister Omar Haddad, "
      + "and flew the same evening to Manama.";
    const v = visitsTo(meetingsOf(text, "en", "2024-05-08"));
    expect(v.PS).toBe("CA+PS");
    expect(v.BH).toBe("BH+CA");
  });
  it("a leg word with no destination after it is not a visit", () => {
    const text = "Canadian Foreign Minister Paul Girard said prices flew higher after the first leg of the talks with Turkish Foreign Minister Kemal Aydin.";
    expect(meetingsOf(text, "en", "2024-05-08").filter((m) => m.kind === "visit")).toEqual([]);
  });
  it("after the summit he flew on to X: the summit told before, not a summit in X", () => {
    const text = "Ministers meet in the Negev\n\nSDE BOKER, Israel, March 28 - The foreign ministers of Israel, Bahrain and Morocco, joined by "
      + "Canadian Foreign Minister Paul Girard, ended a two-day meeting in the Negev on Monday.\n\n"
      + "After the summit he flew on to Rabat, where he is due to see Moroccan Foreign Minister Karim Alaoui on Tuesday.";
    const ms = meetingsOf(text, "en", "2022-03-28");
    expect(ms.filter((m) => m.kind !== "visit").map((m) => m.host)).toEqual(["IL"]);
    expect(visitsTo(ms).MA).toBe("CA+MA");
  });
  it("Arabic: حطّ ... في دمشق and زار ... مدينة جدة are visits to those places", () => {
    const text = "زار وزير الخارجية السوري سامر خليل مدينة جدة في الثاني عشر من أبريل، "
      + "وبعد ستة أيام حط وزير الخارجية السعودي الأمير نايف بن سعد في دمشق.";
    const v = visitsTo(meetingsOf(text, "ar", "2023-05-08"));
    expect(v.SA).toBe("SA+SY");
    expect(v.SY).toBe("SA+SY");
  });
  it("Arabic: a visit told again in its own sentence is not merged into another meeting", () => {
    const text = "وجاء القرار بعد اجتماع استضافته عمّان في الأول من مايو بمشاركة الأردن والعراق وسوريا. "
      + "وزار وزير الخارجية السوري سامر خليل مدينة جدة في الثاني عشر من أبريل، في أول زيارة لوزير خارجية سوري إلى المملكة منذ سنوات.";
    const ms = meetingsOf(text, "ar", "2023-05-08");
    expect(ms.filter((m) => m.kind === "visit").map((m) => m.host)).toEqual(["SA"]);
    expect(ms.find((m) => m.host === "JO")?.kind).toBe("meeting");
  });
});

describe("events named after their venue", () => {
  it("the X Summit hosted by one minister is the multilateral meeting told before in that place", () => {
    const text = "Ministers meet in the Negev\n\nSDE BOKER, Israel, March 28 - The foreign ministers of Israel, Bahrain, Morocco and Egypt "
      + "ended a two-day meeting in the Negev on Monday.\n\nThe Negev Summit, hosted by Israeli Foreign Minister Dan Levi, was a first.";
    const ms = meetingsOf(text, "en", "2022-03-28");
    expect(ms).toHaveLength(1);
    expect(ms[0]!.participants).toEqual(["BH", "EG", "IL", "MA"]);
  });
  it("Arabic: وصدر عن اجتماع عمّان is the Amman meeting told before", () => {
    const text = "عقد وزراء خارجية الأردن والسعودية والعراق ومصر وسوريا اجتماعاً في عمّان في الأول من مايو. "
      + "وصدر عن اجتماع عمّان بيان ختامي اتفق فيه المشاركون على خطوات لوقف التهريب.";
    const ms = meetingsOf(text, "ar", "2023-05-08");
    expect(ms).toHaveLength(1);
    expect(ms[0]!.host).toBe("JO");
  });
  it("Arabic: participation in the sittings of a body (اجتماعات مجلس الجامعة) is not an event", () => {
    const text = "قرر وزراء الخارجية العرب في اجتماع عقدوه أمس الأحد في القاهرة استئناف مشاركة وفود سوريا في اجتماعات مجلس الجامعة، بعد تعليق بدأ في نوفمبر 2011.";
    const ms = meetingsOf(text, "ar", "2023-05-08");
    expect(ms).toHaveLength(1);
    expect(ms[0]!.date).toBe("2023-05-07");
  });
});

describe("talks beside a summit, and the pair of 'their'", () => {
  const text = "Leaders meet in Bali\n\nNUSA DUA, Indonesia, Nov 16 - The summit of the Group of 20 closed on Wednesday.\n\n"
    + "The key talks came on Monday, on the eve of the summit, when Canadian Prime Minister Paul Girard and Chinese Premier Li Wen sat down for three hours. "
    + "It was their first face-to-face meeting in years; their last conversation had been a phone call in July. "
    + "The two agreed that Canadian Foreign Minister Anne Roy would travel to China for follow-up talks.\n\n"
    + "Li met Australian Prime Minister Tom Reid on Tuesday, and also saw French President Jean Dupuis. "
    + "Britain's prime minister, John Hart, met Girard on Wednesday on the margins of the summit.";
  const ms = meetingsOf(text, "en", "2022-11-16");
  const byPair = (k: string, p: string) => ms.filter((m) => m.kind === k && m.participants.join("+") === p);
  it("'sat down' is a meeting; 'on the eve of / on the margins of the summit' gives the summit no parties of the clause", () => {
    expect(byPair("meeting", "CA+CN").map((m) => m.date)).toEqual(["2022-11-14"]);
    expect(byPair("meeting", "CA+GB").map((m) => m.date)).toEqual(["2022-11-16"]);
    expect(ms.some((m) => m.kind === "summit" && m.participants.includes("CA"))).toBe(false);
  });
  it("'their last conversation had been a phone call in July' is one call of the pair told before; a face-to-face meeting is no call", () => {
    expect(ms.filter((m) => m.kind === "call").map((m) => [m.participants.join("+"), m.date])).toEqual([["CA+CN", "2022-07"]]);
  });
  it("'would travel to China' is a planned visit, not the talks already held", () => {
    const visits = byPair("visit", "CA+CN");
    expect(visits.map((m) => m.host)).toEqual(["CN"]);
    expect(visits[0]!.date).not.toBe("2022-11-14");
    expect(byPair("meeting", "CA+CN").map((m) => m.date)).toEqual(["2022-11-14"]);
  });
  it("'and also saw X': another meeting, of the sentence's subject with X", () => {
    expect(byPair("meeting", "CN+FR")).toHaveLength(1);
  });
});

describe("parties named as a negotiating group", () => {
  it("'Iran and six world powers' are Iran and those of the six the article names, in the deal and in the talks", () => {
    const text = "Deal reached in Vienna\n\nVIENNA, July 14 - Iran and six world powers reached a deal on Tuesday, closing a final round of talks in the Austrian capital. "
      + "The deal was agreed between Iran and the United States, Britain, France, Germany, Russia and China.";
    const out = extractArticle(text, { lang: "en", date: "2015-07-14" });
    const six = ["CN", "DE", "FR", "GB", "IR", "RU", "US"];
    expect(out.agreements.map((x) => x.parties)).toEqual([six]);
    expect(out.meetings.find((m) => m.host === "AT")?.participants).toEqual(["AT", ...six].sort());
  });
});

describe("an instrument signed or reached in a place", () => {
  it("is a meeting of its parties there, unless an event of theirs in that place is already told", () => {
    const text = "Title\n\nIn 2020 Bahrain signed a peace accord with Israel at the White House on Sept. 15 of that year. "
      + "Egypt and Israel signed a treaty in 1979.";
    const ms = meetingsOf(text, "en", "2022-03-28");
    expect(ms.map((m) => [m.kind, m.host])).toEqual([["meeting", "US"]]);
    expect(ms[0]!.participants).toEqual(expect.arrayContaining(["BH", "IL", "US"]));
  });
  it("a signing during a visit told in that place adds nothing", () => {
    const text = "Title\n\nCanadian Foreign Minister Paul Girard arrived in Riyadh on Monday for a two-day visit. "
      + "Canada and Saudi Arabia signed an energy agreement in Riyadh on Tuesday.";
    const ms = meetingsOf(text, "en", "2024-03-06");
    expect(ms.map((m) => [m.kind, m.host])).toEqual([["visit", "SA"]]);
  });
});

describe("a visit told again as the subject of its background", () => {
  it("Arabic: 'وتأتي الزيارة تنفيذاً للاتفاق الذي ... في بكين' is the visit told before; the talks in Beijing are their own meeting", () => {
    const text = "وصل وزير الخارجية السعودي نايف بن سعد إلى طهران أمس السبت، في أول زيارة لمسؤول سعودي إلى إيران منذ قطع العلاقات مطلع عام 2016، "
      + "وعقد جلسة مباحثات مع نظيره الإيراني حسن كريمي. "
      + "وتأتي الزيارة تنفيذاً للاتفاق الذي توصلت إليه الرياض وطهران في العاشر من مارس الماضي، في ختام محادثات استضافتها بكين.";
    const ms = meetingsOf(text, "ar", "2023-06-18");
    expect(ms.map((m) => [m.kind, m.host, m.date])).toEqual([["visit", "IR", "2023-06-17"], ["meeting", "CN", "2023-03-10"]]);
  });
});
