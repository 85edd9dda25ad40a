import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../server/src/extract/extractArticle.ts";

const officials = (text: string, lang: "ar" | "en") => extractArticle(text, { lang, date: "2024-05-02" }).officials;
const names = (text: string, lang: "ar" | "en") => officials(text, lang).map((o) => o.name);
const stateOf = (text: string, lang: "ar" | "en", name: string) => officials(text, lang).find((o) => o.names.includes(name))?.state;

describe("Arabic: a common noun after a title is not a name", () => {
  it("a title followed by its object ('بقرار ...') names nobody", () => {
    expect(names("رحب الرئيس الفرنسي بقرار مجلس الأمن الدولي تمديد مهمة البعثة في مالي.", "ar")).toEqual([]);
    expect(names("ورحب رئيس الوزراء الإيطالي بقرار الحكومة الليبية.", "ar")).toEqual([]);
  });
  it("a noun of the next clause ends the name ('مراسم', 'حفل')", () => {
    expect(names("أقامت الرئيسة السنغافورية حليمة يعقوب مراسم استقبال رسمية للضيف.", "ar")).toEqual(["حليمة يعقوب"]);
    expect(names("وأقام الرئيس الكيني وليام روتو حفل عشاء على شرف الضيف.", "ar")).toEqual(["وليام روتو"]);
  });
  it("'إلى جانب' before a name set off by a comma is not part of it", () => {
    expect(names("وحضر الاجتماع إلى جانب لي تشيانغ، رئيس مجلس الدولة الصيني، عدد من المسؤولين.", "ar")).toEqual(["لي تشيانغ"]);
  });
  it("units and regions inside a title are not names ('عضو مجلس', 'إقليم')", () => {
    expect(names("وشارك وزير الدولة عضو مجلس الوزراء الدكتور سعد بن خالد في الاجتماع في السعودية.", "ar")).toEqual(["سعد بن خالد"]);
    expect(names("وكان في استقباله رئيس إقليم كردستان نيجيرفان بارزاني في أربيل.", "ar")).toEqual(["نيجيرفان بارزاني"]);
  });
});

describe("Arabic: honorifics and connectors", () => {
  it("a title and a region before 'الشيخ' are no name; the given name after the honorific is", () => {
    const found = names("وشارك حاكم الشارقة الشيخ سلطان بن محمد في القمة في الإمارات.", "ar");
    expect(found).toEqual(["سلطان بن محمد"]);
  });
  it("a name does not start with 'بن' or end on a connector", () => {
    const found = names("وقال وزير الخارجية الأردني أيمن الصفدي بن في عمّان.", "ar");
    expect(found).toEqual(["أيمن الصفدي"]);
    expect(found.some((n) => n.startsWith("بن "))).toBe(false);
  });
});

describe("English: a title word opening the name of a body or an instrument names nobody", () => {
  it("'General' + a common noun or a capitalized run to 'Agreement'/'Council'/'Assembly'", () => {
    expect(names("Seoul and Tokyo will restore the General Security of Military Information Agreement, the ministry said.", "en")).toEqual([]);
    expect(names("Brazil's envoy addressed the General Assembly in New York.", "en")).toEqual([]);
    expect(names("Chile backed Secretary General Security Council reform.", "en")).toEqual([]);
  });
  it("a person named with 'of the <body>' after the title stays a person", () => {
    expect(names("Secretary Blinken of the State Department met Foreign Minister Sameh Shoukry of Egypt in Cairo.", "en")).toContain("Blinken");
  });
});

describe("English: names are not cut before or after a particle", () => {
  it("a trailing 'Al' takes the family name after it or is dropped", () => {
    const found = names("Oman was represented by Deputy Prime Minister Sayyid Asad bin Tariq Al Said. Kuwait sent Sheikh Salem Al Abdullah Al. The delegation left.", "en");
    expect(found).toEqual(["Asad bin Tariq Al Said", "Salem Al Abdullah"]);
  });
  it("hyphenated given names go on in lower case, adjectives made of names do not", () => {
    const found = names("President Moon Jae-in of South Korea met North Korean leader Kim Jong-un. The Putin-backed plan failed.", "en");
    expect(found).toEqual(["Moon Jae-in", "Kim Jong-un"]);
  });
});

describe("Arabic: names are not cut after a patronymic chain", () => {
  it("a family name with ال closes 'X بن Y' before punctuation or a particle", () => {
    expect(names("وترأس الوفد وزير الدولة الدكتور ماجد بن سعد الدوسري، بينما غاب الآخرون عن الرياض في السعودية.", "ar")).toEqual(["ماجد بن سعد الدوسري"]);
    expect(names("وشارك حاكم الشارقة الشيخ سلطان بن محمد القاسمي في القمة.", "ar")).toEqual(["سلطان بن محمد القاسمي"]);
  });
  it("an object noun after the chain is not a family name", () => {
    expect(names("وبحث الرئيس المصري مع ولي العهد الأمير بدر بن خالد العلاقات الثنائية.", "ar")).toEqual(["بدر بن خالد"]);
  });
});

describe("a companion serves the state of the official they accompany", () => {
  it("'accompanied by <title> <name>' in English, before or after the one accompanied", () => {
    const text = "Kristersson hosted Norway's Prime Minister Jonas Gahr Store in Stockholm, Sweden. Sweden and Sweden. Store was accompanied by Foreign Minister Espen Eide.";
    expect(stateOf(text, "en", "Espen Eide")).toBe("NO");
    const first = "Accompanied by Foreign Minister Espen Eide, Norwegian Prime Minister Jonas Gahr Store arrived in Stockholm, Sweden. Sweden and Sweden and Sweden.";
    expect(stateOf(first, "en", "Espen Eide")).toBe("NO");
  });
  it("Arabic 'يرافقه', 'وترافقها' and 'برفقة' (which is no part of the name before it)", () => {
    const tail = " وقالت نيجيريا إن نيجيريا ونيجيريا ونيجيريا.";
    expect(stateOf("وصل الرئيس الغاني جون ماهاما إلى أبوجا يرافقه وزير الخارجية صامويل أبلاكوا." + tail, "ar", "صامويل أبلاكوا")).toBe("GH");
    expect(stateOf("وصلت الرئيسة الغانية جين أوبوكو إلى أبوجا وترافقها وزيرة الخارجية صامويلا أبلاكوا." + tail, "ar", "صامويلا أبلاكوا")).toBe("GH");
    const received = "استقبل الرئيس النيجيري بولا تينوبو في أبوجا الرئيس الغاني جون ماهاما برفقة وزير الخارجية صامويل أبلاكوا." + tail;
    expect(names(received, "ar")).toEqual(["بولا تينوبو", "جون ماهاما", "صامويل أبلاكوا"]);
    expect(stateOf(received, "ar", "صامويل أبلاكوا")).toBe("GH");
  });
});

describe("short forms of a full name", () => {
  it("a given name, or a given name with 'bin X', merges with the full name told in the same article", () => {
    const text = "Modi welcomed Abu Dhabi's Crown Prince, Sheikh Mohamed bin Zayed Al Nahyan, in New Delhi, India. Later, Modi and Sheikh Mohamed issued a statement. Sheikh Mohamed bin Zayed also met President Ram Nath Kovind.";
    const found = officials(text, "en");
    expect(found.map((o) => o.name)).toEqual(["Mohamed bin Zayed Al Nahyan", "Ram Nath Kovind"]);
    expect(found[0]!.names).toEqual(expect.arrayContaining(["Mohamed bin Zayed", "Mohamed"]));
  });
  it("two full names sharing the given name keep a lone given name apart", () => {
    const text = "Saudi Crown Prince Mohammed bin Salman Al Saud met the UAE's Vice President Sheikh Mohammed bin Rashid Al Maktoum. Sheikh Mohammed spoke.";
    expect(names(text, "en")).not.toContain("Mohammed");
    expect(names(text, "en")).toHaveLength(2);
  });
  it("a short form of a curated official with no full form in the article takes the curated person's id", () => {
    const en = officials("Qatar's emir, Sheikh Tamim, arrived in Kuwait. Kuwait's emir, Sheikh Nawaf, greeted him.", "en");
    expect(en.map((o) => o.id)).toEqual(["person:tamim-bin-hamad-al-thani", "person:nawaf-al-ahmad-al-jaber-al-sabah"]);
    expect(en[0]!.name).toBe("Tamim bin Hamad Al Thani");
    expect(en[0]!.names).toContain("Tamim");
    const patronymic = officials("Qatar's emir, Sheikh Tamim bin Hamad, arrived in Kuwait.", "en");
    expect(patronymic[0]!.id).toBe("person:tamim-bin-hamad-al-thani");
    const ar = officials("وصل أمير دولة قطر الشيخ تميم إلى الكويت.", "ar");
    expect(ar[0]!.id).toBe("person:tamim-bin-hamad-al-thani");
    expect(ar[0]!.names).toContain("تميم");
  });
  it("an ambiguous given name (two curated officials of one state) stays as told", () => {
    const found = officials("The UAE's Sheikh Mohammed spoke in Dubai.", "en");
    expect(found.map((o) => o.id)).toEqual(["person:mohammed"]);
  });
});

describe("'his/her <title>' serves the state of the official named just before", () => {
  it("a possessive title takes the owner's state over the article's leading state", () => {
    const text = "Chilean President Gabriel Boric visited Lima, Peru. Peru and Peru welcomed the visit. Before that, Boric sent his foreign minister, Alberto van Klaveren, to Peru.";
    expect(stateOf(text, "en", "Alberto van Klaveren")).toBe("CL");
  });
  it("'his counterpart' stays the other side", () => {
    const text = "Chilean President Gabriel Boric visited Lima. Boric met his counterpart, Dina Boluarte, in Peru.";
    expect(stateOf(text, "en", "Dina Boluarte")).not.toBe("CL");
  });
});

describe("English titles", () => {
  it("'<title> <name> of <state>' places the person when the title names no state", () => {
    const text = "Seoul and Tokyo will restore the pact, said President Lee Jae-myung of South Korea. Japan and Japan and Japan.";
    expect(stateOf(text, "en", "Lee Jae-myung")).toBe("KR");
    expect(stateOf("Foreign Minister Ana Ruiz of the Philippines met Japan's Foreign Minister Taro Kono in Tokyo, Japan.", "en", "Ana Ruiz")).toBe("PH");
  });
  it("a count before a plural title is no part of the title", () => {
    const found = officials("The deal was signed by the two foreign ministers, Ana Ruiz of Peru and Tomas Berg of Chile.", "en");
    expect(found.map((o) => [o.name, o.title, o.state])).toEqual([["Ana Ruiz", "Foreign Minister", "PE"], ["Tomas Berg", "Foreign Minister", "CL"]]);
  });
});

describe("Arabic: a verb after a title or a short name is not part of a name", () => {
  it("a headline verb in the present tense or the dual after a title names nobody ('يتلقى', 'يبحثان')", () => {
    expect(names("ولي العهد الكويتي يتلقى رسالة خطية من الرئيس التونسي", "ar")).toEqual([]);
    expect(names("وزيرا الخارجية المصري والإيطالي يبحثان الأوضاع في ليبيا", "ar")).toEqual([]);
    expect(names("العاهل الأردني يبحث مع الرئيس الفرنسي إيمانويل ماكرون الأوضاع في المنطقة", "ar")).toEqual(["إيمانويل ماكرون"]);
  });
  it("a short name after a title stops before a past-tense verb ('الرئيس معز وجّه')", () => {
    const found = names("استقبل الرئيس المالديفي محمد معز الوزير الهندي في ماليه. "
      + "وقال البيان إن الرئيس معز وجّه الدعوة إلى ضيفه لزيارة الجزر مجدداً.", "ar");
    expect(found).toEqual(["محمد معز"]);
  });
  it("'رئيس حكومة تصريف الأعمال' (caretaker) is a title, the name comes after it", () => {
    const text = "وأعلن رئيس حكومة تصريف الأعمال الهولندية مارك روته أن بلاده سترسل مساعدات جديدة.";
    expect(names(text, "ar")).toEqual(["مارك روته"]);
    expect(stateOf(text, "ar", "مارك روته")).toBe("NL");
  });
});
