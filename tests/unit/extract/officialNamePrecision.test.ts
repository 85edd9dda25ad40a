import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../server/src/extract/extractArticle.ts";

const officials = (text: string, lang: "ar" | "en") => extractArticle(text, { lang, date: "2024-05-02" }).officials;
const names = (text: string, lang: "ar" | "en") => officials(text, lang).map((o) => o.name);

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
