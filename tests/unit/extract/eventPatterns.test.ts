import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../server/src/extract/extractArticle.ts";
import { findDates } from "../../../server/src/extract/findDates.ts";
import { normalizeForMatching } from "../../../server/src/extract/normalizeForMatching.ts";
import { splitSentences } from "../../../server/src/extract/splitSentences.ts";
import type { ExtractionResult, Language } from "../../../server/src/extract/types.ts";

// Linguistic patterns of agreements and meetings, each in short sentences written for this test.

const dates = (text: string, published: string) =>
  findDates(normalizeForMatching(text), splitSentences(text), "ar", published).map((d) => d.value);
const run = (text: string, lang: Language, date: string) => extractArticle(text, { lang, date });
const meetings = (r: ExtractionResult) => r.meetings.map((m) => `${m.kind} ${m.participants.join("+")} ${m.host ?? "-"} ${m.date ?? "-"}`);
const agreements = (r: ExtractionResult) => r.agreements.map((x) => `${x.kind} ${x.parties.join("+")} ${x.date ?? "-"}`);

describe("Arabic ordinal days and parts of months", () => {
  it("reads a day written as an ordinal word before its month", () => {
    expect(dates("وفي التاسع من مايو أعلن البلدان", "2023-05-20")).toEqual(["2023-05-09"]);
    expect(dates("في الثاني من مارس (آذار) الماضي", "2024-04-23")).toEqual(["2024-03-02"]);
    expect(dates("في الحادي والعشرين من شهر يونيو 2021", "2024-04-23")).toEqual(["2021-06-21"]);
    expect(dates("في الثالث عشر من أبريل", "2024-04-23")).toEqual(["2024-04-13"]);
  });
  it("does not read the ordinal of a Levantine month name as a day", () => {
    expect(dates("في 25 تشرين الثاني الماضي", "2023-03-20")).toEqual(["2022-11-25"]);
  });
  it("reads 'late May' with the Maghrebi month name that needs a number elsewhere", () => {
    expect(dates("ثم زار إيطاليا أواخر ماي", "2022-07-19")).toEqual(["2022-05"]);
  });
});

describe("agreements", () => {
  it("an Arabic agreed decision with the parties and the date between the verb and its object", () => {
    const r = run("اتفقت مملكة البحرين ودولة قطر، أمس الأربعاء، على إعادة العلاقات الدبلوماسية بينهما.", "ar", "2023-04-13");
    expect(agreements(r)).toEqual(["agreement BH+QA 2023-04-12"]);
  });
  it("the venue of a signing is not a party", () => {
    const r = run("وقّعت البحرين وقطر في الرياض اتفاقاً لإعادة فتح السفارات.", "ar", "2023-04-13");
    expect(agreements(r).map((x) => x.split(" ")[1])).toEqual(["BH+QA"]);
  });
  it("'the two countries' are the pair named just before, not the article's first pair", () => {
    const r = run("وشارك الرئيس السوداني في القمة التي استضافتها السعودية بحضور الرئيس السوري. "
      + "وكان وزير الخارجية السوري قد زار جدة، ثم زار نظيره السعودي دمشق. "
      + "وفي التاسع من مايو أعلن البلدان استئناف عمل بعثتيهما الدبلوماسيتين.", "ar", "2023-05-20");
    expect(agreements(r)).toContain("agreement SA+SY 2023-05-09");
  });
  it("'the two countries' opening a paragraph are the article's pair, not the pair the previous paragraph ended on", () => {
    const r = run("الكويت والأردن توقعان اتفاقية للنقل البري\n\n"
      + "وقّعت دولة الكويت والمملكة الأردنية الهاشمية، أمس الثلاثاء، اتفاقية للنقل البري خلال زيارة رئيس الوزراء الأردني إلى الكويت.\n\n"
      + "وتأتي الزيارة بعد مشاركة أمير الكويت في قمة استضافتها القاهرة، وبعد محادثات بين الكويت ومصر في القاهرة.\n\n"
      + "ويرتبط البلدان باتفاقية للتعاون الاقتصادي وقّعاها عام 2009.", "ar", "2024-05-15");
    expect(agreements(r)).toContain("agreement JO+KW 2009");
    expect(agreements(r).some((x) => x.includes("EG+KW"))).toBe(false);
  });
  it("'the two countries' inside a paragraph still take the pair named just before", () => {
    const r = run("Kenya and Ethiopia held talks in Nairobi on Monday.\n\n"
      + "Separately, Uganda's president hosted Tanzania's president in Kampala, and Uganda and Tanzania agreed on a pipeline route. The two countries signed a transit agreement in 2017.", "en", "2024-05-15");
    expect(agreements(r)).toContain("agreement TZ+UG 2017");
  });
  it("a state before ', which signed' is a party", () => {
    const r = run("Denmark, which signed a memorandum of understanding on migration with Rwanda in April 2021, is watching.", "en", "2022-04-15");
    expect(agreements(r)).toEqual(["mou DK+RW 2021-04"]);
  });
  it("an agreement signed 'during' a visit takes the visit's date", () => {
    const r = run("The president was chief guest at India's parade in January 2017, a visit during which the two countries signed a partnership agreement. Sheikh Mohamed of the UAE was received.", "en", "2022-02-19");
    expect(r.agreements.find((x) => x.parties.join("+") === "AE+IN")?.date).toBe("2017-01");
  });
  it("'deal' and 'agreement' in one report are one instrument", () => {
    const r = run("Britain signs deal with Rwanda\n\nBritain will send asylum seekers to Rwanda under an agreement signed in Kigali on Thursday by Home Secretary Priti Patel and Rwanda's foreign minister, Vincent Biruta.", "en", "2022-04-15");
    expect(agreements(r).map((x) => x.split(" ")[1])).toEqual(["GB+RW"]);
  });
  it("a separate agreement signed with another is its own entry", () => {
    const r = run("Kyrgyzstan and Uzbekistan signed an agreement on the border in November 2022 together with a separate agreement on water.", "en", "2025-04-01");
    expect(r.agreements).toHaveLength(2);
  });
});

describe("agreements told next to others", () => {
  it("states after another instrument in the clause are that one's", () => {
    const r = run("Greece's foreign minister on Thursday hailed a maritime agreement with Egypt, saying the deal voided a memorandum signed between Turkey and Libya's government last year.", "en", "2020-08-06");
    expect(agreements(r).map((x) => x.split(" ")[1]).sort()).toEqual(["EG+GR", "LY+TR"]);
  });
  it("a mediator's state is not a party", () => {
    const r = run("وتسلّم الرئيس اللبناني من الوسيط الأمريكي النص النهائي لاتفاق ترسيم الحدود مع إسرائيل.", "ar", "2022-10-28");
    expect(agreements(r).map((x) => x.split(" ")[1])).toEqual(["IL+LB"]);
  });
  it("'the Turkey-Libya deal' refers back to the deal already told", () => {
    const r = run("Greece rejected the maritime deal signed last year between Turkey and Libya. Speaking of the Turkey-Libya deal, he said it was void.", "en", "2020-08-06");
    expect(r.agreements).toHaveLength(1);
  });
  it("a batch 'عدد من الاتفاقيات' is not the named agreement told before", () => {
    const r = run("وقّع الملك السعودي والرئيس الصيني أمس اتفاقية الشراكة الاستراتيجية الشاملة بين السعودية والصين. "
      + "وجرى في ختام المباحثات توقيع عدد من الاتفاقيات ومذكرات التفاهم في مجالات الطاقة.", "ar", "2022-12-09");
    expect(r.agreements).toHaveLength(2);
  });
  it("a declaration named after its city, signed by the Council's states the article names", () => {
    const r = run("اتفقت البحرين وقطر على إعادة العلاقات بحضور ممثل عن مجلس التعاون الخليجي. وجاء ذلك تنفيذاً لإعلان العُلا الذي وقّعته دول المجلس ومصر في يناير 2021، "
      + "بعد أن قطعت السعودية والإمارات علاقاتهما مع قطر.", "ar", "2023-04-13");
    expect(r.agreements.map((x) => `${x.name} ${x.parties.join("+")} ${x.date}`)).toContain("إعلان العُلا AE+BH+EG+QA+SA 2021-01");
  });
  it("a headline naming a declaration and one state joins the report of its signing", () => {
    const r = run("Gulf leaders sign Al-Ula Declaration, ending the boycott of Qatar\n\nThe leaders of Saudi Arabia, the UAE, Bahrain, Kuwait, Oman and Qatar signed a declaration of solidarity on Tuesday.", "en", "2021-01-06");
    expect(r.agreements).toHaveLength(1);
  });
});

describe("agreement names and dates", () => {
  it("'إعلان نوايا' and 'إعلان النوايا' are one name; a year still to come is not the signing date", () => {
    const r = run("أعلن الأردن، الإثنين 22 نوفمبر 2021، توقيع \"إعلان نوايا\" مع الإمارات وإسرائيل. وقالت الوزارة إن \"إعلان النوايا\" الذي تم توقيعه يعني الدخول في دراسات جدوى خلال العام المقبل 2022.", "ar", "2021-11-22");
    expect(agreements(r)).toEqual(["declaration AE+IL+JO 2021-11-22"]);
  });
});

describe("officials", () => {
  it("a nisba inside another official's name does not place an untitled official", () => {
    const r = run("التقى رئيس مجلس الوزراء العراقي محمد شياع السوداني، ثم التقى عبد اللطيف جمال رشيد الذي أكد أن العراق لن يسمح بذلك.", "ar", "2023-03-20");
    expect(r.officials.find((o) => o.name.includes("رشيد"))?.state).not.toBe("SD");
  });
  it("an office only one state has places its holder", () => {
    const r = run("The agreement was signed by Home Secretary Priti Patel and Rwanda's foreign minister, Vincent Biruta.", "en", "2022-04-15");
    expect(r.officials.find((o) => o.name === "Priti Patel")?.state).toBe("GB");
  });
});

describe("meetings", () => {
  it("Arabic hosting verbs carry object pronouns", () => {
    const r = run("ويشارك الرئيس الصيني شي جين بينغ اليوم في القمة الخليجية الصينية التي تستضيفها الرياض.", "ar", "2022-12-09");
    expect(r.meetings[0]?.host).toBe("SA");
  });
  it("a well-known city is a visit's destination", () => {
    expect(meetings(run("وكان الرئيس السوري بشار الأسد قد وصل إلى جدة مساء الخميس.", "ar", "2023-05-20"))).toEqual(["visit SA+SY SA 2023-05-18"]);
    expect(meetings(run("Egyptian President Abdel Fattah al-Sisi arrived in Jeddah on Thursday.", "en", "2023-05-20"))).toEqual(["visit EG+SA SA 2023-05-18"]);
  });
  it("an Arabic visit verb is followed by its visitor, then the place visited", () => {
    expect(meetings(run("ففي 12 أبريل زار وزير الخارجية السوري فيصل المقداد جدة.", "ar", "2023-05-20"))).toEqual(["visit SA+SY SA 2023-04-12"]);
    expect(meetings(run("وفي 18 أبريل زار وزير الخارجية السعودي فيصل بن فرحان دمشق.", "ar", "2023-05-20"))).toEqual(["visit SA+SY SY 2023-04-18"]);
  });
  it("a title after 'القمة' is not the summit's name, and the mention joins the summit told before", () => {
    const r = run("استضافت جدة أمس القمة العربية بمشاركة الرئيس السوري بشار الأسد. كما شارك في القمة الرئيس الأوكراني فولوديمير زيلينسكي.", "ar", "2023-05-20");
    expect(r.meetings).toHaveLength(1);
    expect(r.meetings[0]!.participants).toEqual(["SA", "SY", "UA"]);
    expect(r.meetings[0]!.name ?? "").not.toMatch(/الرئيس/);
  });
  it("a date after 'since' dates the period, not the event", () => {
    const r = run("في أول حضور له لقمة عربية منذ تعليق عضوية سوريا عام 2011، شارك الرئيس السوري في قمة جدة أمس الجمعة.", "ar", "2023-05-20");
    expect(r.meetings.map((m) => m.date)).not.toContain("2011");
  });
  it("a date that is the object of 'since' after the event word dates the period, not the event", () => {
    const r = run("Kenya's president made his first visit to Tanzania since the 2017 election of his predecessor.", "en", "2023-05-20");
    expect(r.meetings.map((m) => m.date)).not.toContain("2017");
  });
  it("'since' earlier in the clause does not hide a later, unrelated date", () => {
    const en = run("Egypt and Turkey signed an agreement ending a rift that had lasted since 2013 in Ankara on 4 July 2023.", "en", "2023-07-10");
    expect(agreements(en)).toEqual(["agreement EG+TR 2023-07-04"]);
    const ar = run("وقّعت مصر وتركيا اتفاقاً ينهي قطيعة مستمرة منذ عام 2013 في أنقرة يوم 4 يوليو 2023.", "ar", "2023-07-10");
    expect(agreements(ar)).toEqual(["agreement EG+TR 2023-07-04"]);
  });
  it("a news day after a 'since' phrase is the event's day", () => {
    const r = run("وقّعت الكويت والعراق مذكرة تفاهم هي الأولى منذ ترسيم الحدود أمس الأحد في بغداد.", "ar", "2023-05-22");
    expect(agreements(r)).toEqual(["mou IQ+KW 2023-05-21"]);
  });
  it("a visit takes the date of the 'where' clause that tells what happened there", () => {
    const r = run("The summit came less than three weeks after Tajik President Emomali Rahmon paid a state visit to Bishkek, where on March 13 he signed a treaty.", "en", "2025-04-01");
    expect(meetings(r)).toContain("visit KG+TJ KG 2025-03-13");
  });
  it("talks that dragged on for years are a series, not an event", () => {
    const r = run("Talks between Tajikistan and Kyrgyzstan on the border had dragged on for years.", "en", "2025-04-01");
    expect(r.meetings).toEqual([]);
  });

  it("Arabic indefinite accusative meeting words are triggers", () => {
    const r = run("وسيعقد وزيرا خارجية السعودية وإيران اجتماعاً لترتيب تبادل السفراء.", "ar", "2023-03-11");
    expect(r.meetings.map((m) => `${m.kind} ${m.participants.join("+")}`)).toEqual(["meeting IR+SA"]);
  });
  it("calls told together 'separately' are one call per counterpart", () => {
    const r = run("Kuwait's emir, Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah, announced the deal on Monday evening. "
      + "It followed phone calls earlier that day in which Sheikh Nawaf spoke separately with Qatar's emir and with the Saudi crown prince.", "en", "2021-01-06");
    expect(meetings(r)).toEqual(["call KW+QA - 2021-01-04", "call KW+SA - 2021-01-04"]);
  });
  it("visits by both ministers are one visit each way", () => {
    const r = run("Israeli President Isaac Herzog visited Turkey in March, which was followed by visits by both foreign ministers.", "en", "2022-08-17");
    expect(meetings(r).sort()).toEqual(["visit IL+TR IL -", "visit IL+TR TR -", "visit IL+TR TR 2022-03"]);
  });
  it("regular visits are a practice, not an event", () => {
    const r = run("Kishida said regular reciprocal visits by the leaders of Japan and South Korea would resume.", "en", "2023-03-17");
    expect(r.meetings).toEqual([]);
  });
  it("a tour continues past places the gazetteer does not know, with the visitor of the sentence before", () => {
    const r = run("US President Joe Biden's Asia czar was set to lead a delegation of American officials to the region. The tour will also include Hawaii, Fiji and Papua New Guinea.", "en", "2022-04-20");
    expect(meetings(r).sort()).toEqual(["visit FJ+US FJ -", "visit PG+US PG -"]);
  });
  it("the first stop of a tour, hosting the visitor, is not the visitor", () => {
    const r = run("واختتم ولي العهد السعودي الأمير محمد بن سلمان زيارته للقاهرة، حيث حل ضيفا على مصر في مستهل جولة تشمل الأردن وتركيا.", "ar", "2022-06-21");
    expect(r.meetings.map((m) => `${m.participants.join("+")} ${m.host}`).sort()).toEqual(["EG+SA EG", "JO+SA JO", "SA+TR TR"]);
  });
  it("a list of destinations ends at the first other word", () => {
    const r = run("ولي العهد السعودي يختتم زيارته للقاهرة وتوقيع 14 اتفاقية بقيمة 29 مليار ريال سعودي", "ar", "2022-06-21");
    expect(r.meetings.map((m) => `${m.participants.join("+")} ${m.host}`)).toEqual(["EG+SA EG"]);
  });
  it("'لبحث' is the purpose of the visit told around it, not another meeting", () => {
    const r = run("وصل الرئيس المصري إلى الرياض، في زيارة رسمية يلتقي خلالها الملك السعودي، لبحث سبل تطوير العلاقات مع الأردن.", "ar", "2022-06-21");
    expect(r.meetings.map((m) => m.kind)).toEqual(["visit"]);
  });
  it("a state after the event word and a comma is not its destination", () => {
    const r = run("Gulf leaders held their summit in Riyadh on Tuesday with Qatar and Kuwait. At a news conference after the summit, Saudi Foreign Minister Prince Faisal bin Farhan spoke.", "en", "2021-01-06");
    expect(r.meetings).toHaveLength(1);
  });
});

describe("meetings told in relation to others", () => {
  it("a summit of the GCC takes the members the article names", () => {
    const r = run("The crown prince chaired the 41st GCC summit in Riyadh on Tuesday. Saudi Arabia, the UAE, Bahrain, Kuwait, Oman and Qatar signed a declaration.", "en", "2021-01-06");
    expect(r.meetings[0]?.participants).toEqual(["AE", "BH", "KW", "OM", "QA", "SA"]);
  });
  it("talks told in the sentence of a summit among its participants are that summit", () => {
    const r = run("The leaders of the US, India, Australia and Japan met. In the first virtual Quad summit hosted by President Joe Biden in March, they agreed on vaccines.", "en", "2021-09-14");
    expect(r.meetings.filter((m) => m.date === "2021-03")).toHaveLength(1);
  });
  it("a meeting still to come is not the talks already held", () => {
    const r = run("أعلنت السعودية وإيران، أمس الجمعة، الاتفاق في ختام مباحثات احتضنتها العاصمة الصينية. ووقّع الوفدان السعودي والإيراني الوثيقة. "
      + "وسيعقد وزيرا الخارجية في البلدين اجتماعاً لترتيب تبادل السفراء.", "ar", "2023-03-11");
    expect(meetings(r).sort()).toEqual(["meeting CN+IR+SA CN 2023-03-10", "meeting IR+SA - -"]);
  });
  it("talks to come during a visit under way are part of it", () => {
    const r = run("وصل رئيس الوزراء الإسرائيلي نفتالي بينيت إلى أبوظبي أمس في زيارة رسمية. وسيعقد بينيت وولي عهد أبوظبي اجتماعاً اليوم.", "ar", "2021-12-13");
    expect(r.meetings.map((m) => m.kind)).toEqual(["visit"]);
  });
  it("'visited the White House' and a passive reception 'two years later' are two events", () => {
    const r = run("They formed a partnership in July 2013, when Vietnamese President Truong Tan Sang visited the White House, and Trong himself was received in the Oval Office two years later.", "en", "2023-09-11");
    expect(meetings(r).sort()).toEqual(["meeting US+VN US 2015", "visit US+VN US 2013-07"]);
  });
  it("'the visit' with no visit told before is the trip made for the summit told before", () => {
    const r = run("احتضنت الجزائر العاصمة أمس الاثنين القمة الحكومية الجزائرية الإيطالية برئاسة الرئيس الجزائري ورئيس الوزراء الإيطالي ماريو دراغي. "
      + "وقد تقلّصت مدة الزيارة من يومين إلى يوم واحد. وفي 11 أفريل الماضي زار دراغي الجزائر.", "ar", "2022-07-19");
    expect(meetings(r).filter((m) => m.startsWith("visit")).sort()).toEqual(["visit DZ+IT DZ 2022-04-11", "visit DZ+IT DZ 2022-07-18"]);
  });
});

describe("more events", () => {
  it("'two visits in 2015 and 2016' are one visit per year, to the place of the visit told before", () => {
    const r = run("وتأتي الزيارة، وهي الثالثة للرئيس المصري إلى الهند بعد زيارتين عامي 2015 و2016، في ذكرى العلاقات.", "ar", "2023-01-26");
    expect(meetings(r).filter((m) => /2015|2016/.test(m)).sort()).toEqual(["visit EG+IN IN 2015", "visit EG+IN IN 2016"]);
  });
  it("a ceremony where the text places it, dated by the signing it was held for", () => {
    const r = run("The treaty was signed in April 2010 by US President Barack Obama and Russian President Dmitry Medvedev at a ceremony in the Czech capital, Prague, and entered into force in February 2011.", "en", "2021-02-04");
    expect(meetings(r)).toEqual(["meeting CZ+RU+US CZ 2010-04"]);
    expect(run("Officials attended a ceremony to mark the anniversary.", "en", "2021-02-04").meetings).toEqual([]);
  });
  it("a closed session with a third state during a visit is a meeting of its own", () => {
    const r = run("وصل الوسيط الأمريكي إلى بيروت صباح أمس في زيارة للبنان. وجرى تسليم الوثائق في جلسة مغلقة حضرها الوفدان اللبناني والإسرائيلي.", "ar", "2022-10-28");
    expect(r.meetings.map((m) => `${m.kind} ${m.participants.join("+")}`).sort()).toEqual(["meeting IL+LB", "visit LB+US"]);
  });
});

describe("legs and plans", () => {
  it("a later leg ('then travelled to') is a visit of the sentence's subject, on its own day", () => {
    const r = run("Saudi Arabia's crown prince Mohammed bin Salman arrived in Paris on Friday for talks with President Emmanuel Macron, then travelled to Athens on Saturday.", "en", "2024-05-08");
    expect(meetings(r)).toEqual(["visit FR+SA FR 2024-05-03", "visit GR+SA GR 2024-05-04"]);
  });
  it("'then the presidents of the two countries' is not a next step", () => {
    const r = run("The treaty between the United States and Russia was signed in April 2010 by Barack Obama and Dmitry Medvedev, then the presidents of the two countries, at a ceremony in the Czech capital, Prague.", "en", "2021-02-04");
    expect(meetings(r)).toEqual(["meeting CZ+RU+US CZ 2010-04"]);
  });
  it("'will meet' is a planned meeting; said on a past day, it is not dated by that day", () => {
    expect(meetings(run("The foreign ministers of Egypt, Jordan and Iraq will meet in Baghdad next month, the Iraqi foreign ministry said.", "en", "2024-05-08"))).toEqual(["meeting EG+IQ+JO IQ 2024-06"]);
    const r = run("US President Joe Biden will host the first Quad Leaders Summit with Australia, India and Japan at the White House on September 24. Making an announcement on Monday, the White House said the leaders of Australia and the US will meet to discuss climate change.", "en", "2021-09-14");
    expect(r.meetings).toHaveLength(1);
  });
  it("an Arabic place before the hosting verb hosts ('أن الدوحة ستستضيف')", () => {
    const r = run("أعلنت وزارة الخارجية القطرية أن الدوحة ستستضيف الأسبوع المقبل جولة جديدة من المحادثات بين الولايات المتحدة وإيران.", "ar", "2024-05-08");
    expect(r.meetings.map((m) => `${m.participants.join("+")} ${m.host}`)).toEqual(["IR+QA+US QA"]);
  });
});

describe("hosts", () => {
  it("a delegation sent somewhere is a visit there", () => {
    const r = run("وردّت إريتريا بإرسال وفد رفيع برئاسة وزير الخارجية عثمان صالح إلى أديس أبابا في 26 يونيو.", "ar", "2018-07-10");
    expect(meetings(r)).toEqual(["visit ER+ET ET 2018-06-26"]);
  });
  it("an Arabic capital the state gazetteer lacks places a visit", () => {
    const r = run("وصل الرئيس الإريتري أسياس أفورقي إلى نيروبي أمس في زيارة رسمية.", "ar", "2023-02-10");
    expect(meetings(r)).toEqual(["visit ER+KE KE 2023-02-09"]);
  });
  it("a press conference on the day of the lead's event is held where the lead places it", () => {
    const r = run("وقع الرئيسان التركي رجب طيب أردوغان والأذربيجاني إلهام عليف، اليوم الثلاثاء، إعلانا مشتركا في مدينة شوشة الأذرية. "
      + "وتضمن الإعلان تأكيد تركيا وأذربيجان على التعاون. وخلال المؤتمر الصحفي الذي عقده الرئيسان، أكد الرئيس التركي أن الإعلان حدد العلاقات.", "ar", "2021-06-15");
    expect(meetings(r)).toEqual(["meeting AZ+TR AZ 2021-06-15"]);
  });
  it("a virtual summit keeps no host from the dateline or a speaker", () => {
    const r = run("MELBOURNE (Reuters) – Japanese Prime Minister Fumio Kishida and Australian Prime Minister Scott Morrison held a virtual summit on Thursday to seal a defence pact, Morrison said at a signing ceremony.", "en", "2022-01-07");
    expect(r.meetings.map((m) => `${m.kind} ${m.host}`)).toEqual(["summit null"]);
  });
  it("a visit with no destination is held where that day's talks between the same states are", () => {
    const r = run("TOKYO — South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida held summit talks in Tokyo on Thursday. Yoon's two-day visit came ten days after a compensation plan.", "en", "2023-03-17");
    expect(r.meetings.find((m) => m.kind === "visit")?.host).toBe("JP");
  });
});

describe("dates told by reference", () => {
  it("'the same month' is the month told relative to publication, not an older dated one in between", () => {
    expect(dates("أعلن آبي مطلع يونيو الماضي قبول اتفاق الجزائر الذي وقّعه البلدان في ديسمبر 2000. وأرسلت أسمرة وفداً في السادس والعشرين من الشهر ذاته.", "2018-07-10")).toContain("2018-06-26");
  });
  it("'عامي 2015 و2016': a year with a conjunction attached", () => {
    expect(dates("بعد زيارتين عامي 2015 و2016", "2023-01-26")).toEqual(["2015", "2016"]);
  });
  it("'two years later', 'بعد ذلك بعامين' count from the date named just before", () => {
    expect(dates("وقّعه البلدان في ديسمبر 2000، وقرار اللجنة الذي صدر بعد ذلك بعامين.", "2018-07-10")).toEqual(["2000-12", "2002"]);
    const en = findDates(normalizeForMatching("They met in July 2013 and again three months later."), splitSentences("They met in July 2013 and again three months later."), "en", "2023-09-11");
    expect(en.map((d) => d.value)).toEqual(["2013-07", "2013-10"]);
  });
  it("'that day' and 'the same day' take the day named just before", () => {
    const r = run("Kuwait announced the breakthrough on Monday evening. It followed a phone call earlier that day between the emirs of Kuwait and Qatar.", "en", "2021-01-06");
    expect(r.meetings[0]?.date).toBe("2021-01-04");
  });
  it("an ordinal day 'of the same month' takes the month named before", () => {
    expect(dates("أعلن مطلع يونيو الماضي قبوله الاتفاق. وأرسلت أسمرة وفداً إلى أديس أبابا في السادس والعشرين من الشهر ذاته.", "2018-07-10")).toContain("2018-06-26");
    expect(dates("وأعلن في الحادي عشر من الشهر الجاري إنجاز النص.", "2022-10-28")).toEqual(["2022-10-11"]);
  });
});
