import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../server/src/extract/extractArticle.ts";
import type { ExtractionResult, Language } from "../../../server/src/extract/types.ts";

// Rules of the 079-086 round, each on short sentences written for this test.

const run = (text: string, lang: Language, date: string) => extractArticle(text, { lang, date });
const meetings = (r: ExtractionResult) => r.meetings.map((m) => `${m.kind} ${m.participants.join("+")} ${m.date ?? "-"}`).sort();
const agreements = (r: ExtractionResult) => r.agreements.map((x) => `${x.kind} ${x.parties.join("+")} ${x.date ?? "-"}`).sort();

describe("talks on the sidelines of a summit", () => {
  it("bilateral talks beside a larger summit are meetings of their own, between the subject and each counterpart, on the summit's day", () => {
    expect(meetings(run("عقد قادة الأردن والعراق ومصر أمس الأحد في بغداد قمة ثلاثية بحثت التعاون الاقتصادي. وعلى هامش القمة، عقد الملك عبد الله الثاني لقاءً ثنائياً مع الرئيس المصري عبد الفتاح السيسي، ولقاءً آخر مع رئيس الوزراء العراقي محمد شياع السوداني.", "ar", "2024-03-04")))
      .toEqual(["meeting EG+JO 2024-03-03", "meeting IQ+JO 2024-03-03", "summit EG+IQ+JO 2024-03-03"]);
    expect(meetings(run("The leaders of Kenya, Uganda and Tanzania held a summit in Arusha on Friday to discuss trade. On the sidelines of the summit, Kenyan President William Ruto held a bilateral meeting with Ugandan President Yoweri Museveni.", "en", "2024-03-04")))
      .toEqual(["meeting KE+UG 2024-03-01", "summit KE+TZ+UG 2024-03-01"]);
  });
});

describe("later stops of a trip", () => {
  it("'انتقل'/'توجه' with the traveller or the day before 'إلى' is a stop of the trip; 'توجه بالشكر إلى' is not", () => {
    expect(meetings(run("وصل وزير الخارجية التركي هاكان فيدان إلى عمّان أمس الأحد في مستهل جولة إقليمية. وانتقل فيدان اليوم الاثنين إلى بيروت، ثم توجه مساءً إلى دمشق.", "ar", "2024-05-06")))
      .toEqual(["visit JO+TR 2024-05-05", "visit LB+TR 2024-05-06", "visit SY+TR 2024-05-06"]);
    expect(meetings(run("وتوجه الرئيس التونسي قيس سعيّد بالشكر إلى الكويت على دعمها المتواصل.", "ar", "2024-05-06"))).toEqual([]);
  });
});

describe("brokers", () => {
  it("the state that sponsored or mediated an agreement, told in a relative clause, is no party to it", () => {
    expect(agreements(run("وقّعت أرمينيا وأذربيجان أمس اتفاقاً لتبادل الأسرى رعته روسيا.", "ar", "2024-05-06"))).toEqual(["agreement AM+AZ 2024-05-05"]);
    expect(agreements(run("وقّعت رواندا والكونغو الديمقراطية أمس الاتفاق الذي توسطت فيه قطر لوقف القتال.", "ar", "2024-05-06"))).toEqual(["agreement CD+RW 2024-05-05"]);
  });
});

describe("agreed upon", () => {
  it("'جرى الاتفاق عليه' said of a date is no agreement", () => {
    expect(agreements(run("وأوضح البيان أن موعد القمة جرى الاتفاق عليه خلال اتصال هاتفي بين الرئيس المصري والرئيس الكيني.", "ar", "2024-05-06"))).toEqual([]);
  });
});

describe("officials' state", () => {
  it("a possessive state governing another noun ('Russia's full-scale invasion') does not place the bare title after it", () => {
    const r = run("WARSAW, March 4 - Ukraine's president made his first visit to Poland since Russia's full-scale invasion, and Prime Minister Donald Tusk promised more help at the border.", "en", "2024-03-05");
    expect(r.officials.find((o) => o.name === "Donald Tusk")?.state).toBe("PL");
  });
});

describe("meetings that are no diplomatic event", () => {
  it("a cabinet meeting, and meetings held as a practice ('such meetings regularly'), are not events", () => {
    expect(meetings(run("HELSINKI, May 3 - Finnish Prime Minister Sanna Marin chaired the cabinet meeting on Tuesday. The leaders of Finland and Estonia agreed to hold such meetings regularly.", "en", "2024-06-04"))).toEqual([]);
  });
});

describe("ordinal events", () => {
  it("'a second meeting' naming no state is the next meeting between the states of the one told before, an event of its own", () => {
    const text = "TBILISI, June 4 - Georgia and Armenia agreed on Tuesday to open a second border crossing, officials said after talks between the two governments in the Georgian capital.\n\n"
      + "The new crossing is meant to ease lorry traffic on the main road between the two countries, which is often blocked in winter. Officials said construction would begin next spring and take about two years, with funding from both budgets and a loan from a development bank.\n\n"
      + "The foreign ministers of Georgia and Armenia first met to discuss the crossing in Tbilisi in March. A second meeting followed in April. The talks came a week after Georgia hosted the leaders of Azerbaijan and Turkey for a summit in Batumi.";
    expect(meetings(run(text, "en", "2024-06-04"))).toEqual(["meeting AM+GE 2024-03", "meeting AM+GE 2024-04", "meeting AM+GE 2024-06-04", "summit AZ+GE+TR -"]);
  });
});

describe("definite mentions naming their parties", () => {
  it("'الاتفاق المصري السوداني' is the Egypt-Sudan agreement told before, not the latest one", () => {
    expect(agreements(run("وقّعت مصر والسودان أمس اتفاقاً للتعاون العسكري. وفي مارس الماضي، وقّع السودان مع روسيا اتفاقية لإنشاء قاعدة بحرية. ويثير الاتفاق المصري السوداني قلق أديس أبابا.", "ar", "2024-05-06")))
      .toEqual(["agreement EG+SD 2024-05-05", "agreement RU+SD 2024-03"]);
  });
});

describe("background of a visit", () => {
  it("'وتأتي الزيارة في ظل توتر بين ... و...' names no destination", () => {
    expect(meetings(run("وصل الرئيس الصومالي حسن شيخ محمود إلى الدوحة أمس الأحد في زيارة رسمية. وتأتي الزيارة في ظل توتر بين مقديشو وأديس أبابا.", "ar", "2024-05-06")))
      .toEqual(["visit QA+SO 2024-05-05"]);
  });
});

describe("planned stops of a tour", () => {
  it("'أن تشمل الجولة في مرحلتها الثانية X وY': one visit per stop, by the traveller of the tour told before", () => {
    expect(meetings(run("بدأ وزير الخارجية السعودي جولة في شرق آسيا أمس الأحد بزيارة طوكيو. ومن المقرر أن تشمل الجولة في مرحلتها الثانية سيول وجاكرتا.", "ar", "2024-05-06")))
      .toEqual(["visit ID+SA -", "visit JP+SA 2024-05-05", "visit KR+SA -"]);
  });
});

describe("wishes", () => {
  it("a visit someone would like, hopes or is ready to make is not an event", () => {
    expect(meetings(run("Kenyan President William Ruto said he would like to travel to Addis Ababa next month if parliament allows.", "en", "2024-05-06"))).toEqual([]);
    expect(meetings(run("وأبدى الرئيس التونسي قيس سعيّد رغبته في زيارة الجزائر قريباً.", "ar", "2024-05-06"))).toEqual([]);
  });
});

describe("sessions of joint bodies", () => {
  it("a session of a joint body held during a visit is its own named meeting; a training course is no session", () => {
    const ar = run("زار رئيس الوزراء الأردني بشر الخصاونة بغداد أمس الأحد، وترأس مع نظيره العراقي محمد شياع السوداني أعمال الدورة الثالثة للجنة العليا المشتركة.", "ar", "2024-05-06");
    expect(meetings(ar)).toEqual(["meeting IQ+JO 2024-05-05", "visit IQ+JO 2024-05-05"]);
    expect(ar.meetings.find((m) => m.kind === "meeting")?.name).toBe("الدورة الثالثة للجنة العليا المشتركة");
    const en = run("Greek Prime Minister Kyriakos Mitsotakis visited Ankara on Thursday and co-chaired the fifth meeting of the High-Level Cooperation Council with President Tayyip Erdogan.", "en", "2024-05-06");
    expect(meetings(en)).toEqual(["meeting GR+TR 2024-05-02", "visit GR+TR 2024-05-02"]);
    expect(meetings(run("وشارك ضباط من الجيش الأردني في الدورة التدريبية التي نظمتها القوات العراقية في بغداد.", "ar", "2024-05-06"))).toEqual([]);
  });
});

describe("summits of 'the two leaders'", () => {
  it("a summit whose subject is 'the two leaders' is between the pair told before, not the states named after it", () => {
    expect(meetings(run("French President Emmanuel Macron and German Chancellor Olaf Scholz met in Paris on Monday. The two leaders had previously held a virtual summit in March, but ties were strained by a German minister's trip to Algeria in May.", "en", "2024-06-04")))
      .toEqual(["meeting DE+FR 2024-06-03", "summit DE+FR 2024-03", "visit DE+DZ 2024-05"]);
  });
});

describe("declarations of the leaders", () => {
  it("'the four leaders' / 'their joint declaration' take the group told just before; states after are topics", () => {
    expect(agreements(run("Kenyan President William Ruto hosted the presidents of Uganda, Tanzania and Rwanda in Nairobi on Friday for a summit on regional trade. In a joint declaration issued afterwards, the four leaders called for a ceasefire in Sudan, but their joint declaration did not mention Ethiopia.", "en", "2024-05-06")))
      .toEqual(["declaration KE+RW+TZ+UG 2024-05-03"]);
  });
});

describe("extended agreements", () => {
  it("an agreement told as extended is the one in force, not a new one dated on the report's day", () => {
    expect(agreements(run("Colombia and Ecuador extend border deal for three more years\n\nBOGOTA, May 6 - Colombia and Ecuador agreed on Monday to extend their border security agreement for another three years. The agreement, first signed in March 2019, covers joint patrols.", "en", "2024-05-06")))
      .toEqual(["agreement CO+EC 2019-03"]);
    expect(agreements(run("وأعلنت مصر والسودان أمس تمديد العمل باتفاق التعاون العسكري حتى نهاية العام. وكان البلدان قد وقّعا الاتفاق في مارس 2021.", "ar", "2024-05-06")))
      .toEqual(["agreement EG+SD 2021-03"]);
  });
});

describe("agreements signed 'during that visit'", () => {
  it("take the date of the visit told in the sentence before, not the lead's day", () => {
    expect(agreements(run("LIMA, May 6 - Peru and Chile opened a new border crossing on Monday, officials said. The opening follows Chilean President Gabriel Boric's state visit to Lima in March. The two sides signed six agreements during that visit, covering trade and mining.", "en", "2024-05-06")))
      .toEqual(["agreement CL+PE 2024-03"]);
  });
});

describe("calls told noun first", () => {
  it("'اتصال أجراه X مع Y' is a call between them", () => {
    expect(meetings(run("وجاء الاتصال بعد يومين من اتصال أجراه الرئيس المصري عبد الفتاح السيسي يوم الأحد مع العاهل الأردني الملك عبد الله الثاني.", "ar", "2024-05-07")))
      .toEqual(["call EG+JO 2024-05-05"]);
  });
});

describe("topics of the talks", () => {
  it("with 'the talks' told before as subject, states after the word are topics, not participants", () => {
    expect(meetings(run("وصل الرئيس الموريتاني محمد ولد الغزواني إلى الجزائر أمس الأحد في زيارة دولة. وأوضح الرئيس الجزائري أن المباحثات تناولت أيضاً الوضع في السودان وضرورة التوصل إلى حل سوداني-سوداني.", "ar", "2024-05-06")))
      .toEqual(["visit DZ+MR 2024-05-05"]);
  });
});

describe("dates still to come", () => {
  it("talks told as held do not take a date still to come in their sentence", () => {
    expect(meetings(run("وصل الرئيس الصومالي حسن شيخ محمود إلى القاهرة أمس الأحد. وقال الرئيس المصري عبد الفتاح السيسي في مؤتمر صحفي مشترك إن بلاده ستشارك في بعثة السلام التي تبدأ عملها مطلع العام المقبل.", "ar", "2024-05-06")))
      .toEqual(["visit EG+SO 2024-05-05"]);
  });
});

describe("Arabic hosting verbs", () => {
  it("an official right after 'استضاف' is the host; the state named after him is the guest's", () => {
    const r = run("وعقد زعماء مصر والأردن قمة ثنائية في عام 2019، عندما استضاف الرئيس عبد الفتاح السيسي العاهل الأردني الملك عبد الله الثاني.", "ar", "2021-06-26");
    expect(r.meetings.map((m) => `${m.kind} ${m.participants.join("+")} ${m.host}`)).toEqual(["summit EG+JO EG"]);
  });
});

describe("rounds of talks", () => {
  it("'جولة ثانية' and 'الجولة الثالثة' are meetings of the series told before, not tours", () => {
    expect(meetings(run("واستضافت أنقرة في يوليو جولة أولى من المحادثات بين وزيري خارجية أرمينيا وأذربيجان، ثم جولة ثانية يوم الاثنين الماضي. وأعلن وزير الخارجية التركي هاكان فيدان أن الجولة الثالثة ستعقد في أنقرة الشهر المقبل.", "ar", "2024-08-15")))
      .toEqual(["meeting AM+AZ+TR 2024-07", "meeting AM+AZ+TR 2024-08-12", "meeting AM+AZ+TR 2024-09"]);
  });
});

describe("exercise names", () => {
  it("an exercise takes the whole capitalized name before its word; a month after it names nothing", () => {
    const r = run("Egyptian and Greek forces are due to hold their annual Medusa Sea Shield exercise in November, drills that Ankara has criticised.", "en", "2024-06-04");
    expect(r.meetings.map((m) => `${m.kind} ${m.name}`)).toEqual(["exercise Medusa Sea Shield"]);
  });
});

describe("press conferences on the lead's day", () => {
  it("keep the lead's place as host even when the host state is named later in their clause as a topic", () => {
    const r = run("وقّع الرئيسان الكازاخي والأوزبكي اليوم الثلاثاء اتفاقاً للتعاون في العاصمة الأوزبكية طشقند. وخلال المؤتمر الصحفي الذي عقده الرئيسان، أكد الرئيس الكازاخي أن الاتفاق يعزز التعاون بين كازاخستان وأوزبكستان.", "ar", "2024-05-07");
    expect(r.meetings.map((m) => `${m.kind} ${m.participants.join("+")} ${m.host}`)).toEqual(["meeting KZ+UZ UZ"]);
  });
});

describe("meetings agreed on for later", () => {
  it("a meeting the sides agreed to hold is dated when it will be, and an instrument signed that day does not take its date", () => {
    const r = run(
      "LIMA, 8 May 2024 - Peruvian Foreign Minister Javier González-Olaechea received his Chilean counterpart Alberto van Klaveren in Lima on Wednesday. The two ministers signed a memorandum of understanding on border trade and agreed to hold the next binational meeting in Santiago in 2025.",
      "en",
      "2024-05-08",
    );
    const planned = r.meetings.filter((m) => m.date?.startsWith("2025"));
    expect(planned.map((m) => m.participants.join("+"))).toEqual(["CL+PE"]);
    expect(r.meetings.filter((m) => m.date?.startsWith("2024")).length).toBeGreaterThan(0);
    expect(agreements(r)).toHaveLength(1);
    expect(agreements(r)[0]).toMatch(/^mou CL\+PE 2024-05-0[78]$/);
  });
});
