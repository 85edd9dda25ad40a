import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../server/src/extract/extractArticle.ts";
import { parseArticleFile } from "../../../server/src/extract/parseArticleFile.ts";

const repoRoot = path.resolve(import.meta.dirname, "../../..");
const isos = (text: string, lang?: "ar" | "en" | "fr") => extractArticle(text, { lang }).states.map((s) => s.iso2);

describe("states", () => {
  it("finds names, nisba forms in all genders and numbers, quoted forms and capitals", () => {
    expect(isos("قال الوفد المغربي والمغاربة والقوات المغربية")).toEqual(["MA"]);
    expect(isos('زار الوفد "الإسرائيلي" واشنطن')).toEqual(["IL", "US"]);
    expect(isos("جيش الاحتلال يعلن")).toEqual(["IL"]);
    expect(isos("Rabat said the Israeli delegation met Moroccan officials.")).toEqual(["IL", "MA"]);
    expect(isos("le président nigérian et les FAR", "fr")).toEqual(["MA", "NG"]);
  });
  it("tells Amman from Oman and ignores regions and person names", () => {
    expect(isos("بالعاصمة الأردنية، عمّان")).toEqual(["JO"]);
    expect(isos("زار سلطنة عُمان")).toEqual(["OM"]);
    expect(isos("Jordan Henderson played in Latin America.")).toEqual([]);
    expect(isos("دول المغرب العربي")).toEqual([]);
  });
});

describe("officials", () => {
  it("finds title + nisba + honorific + name and short forms", () => {
    const r = extractArticle("وصل رئيس الحكومة الإسرائيلية نفتالي بينت إلى الرباط. وقال بينت إن الزيارة مهمة.", { lang: "ar", date: "2021-12-13" });
    const o = r.officials.find((x) => x.names.includes("نفتالي بينت"))!;
    expect(o.state).toBe("IL");
    expect(o.title).toBe("Prime Minister");
    expect(o.names).toContain("بينت");
    expect(o.id.startsWith("person:")).toBe(true);
  });
  it("leaves honorifics out of names", () => {
    const r = extractArticle("استقبله رئيس أركان الجيش المصري، الفريق أحمد سعيد عبد الكريم في القاهرة.", { lang: "ar" });
    expect(r.officials[0]?.name).toBe("أحمد سعيد عبد الكريم");
    expect(r.officials[0]?.state).toBe("EG");
  });
  it("reads English titles with state adjectives, possessives and appositions", () => {
    const r = extractArticle("Greece's Foreign Minister Nikos Dendias met Ruritanian envoy. Yair Lapid, the Prime Minister of Israel, spoke.", { lang: "en" });
    const byName = Object.fromEntries(r.officials.map((o) => [o.name, o.state]));
    expect(byName["Nikos Dendias"]).toBe("GR");
    expect(byName["Yair Lapid"]).toBe("IL");
  });
  it("a person no title places, told meeting an official of one side of the article's pair, is of the other side", () => {
    const text = "Chile and Peru sign fisheries accord\n\nSANTIAGO — Chile and Peru signed a fisheries accord on Monday. "
      + "Chancellor Marta Quispe, on her first visit to Chile, signed it with Chilean Foreign Minister Tomás Riquelme. Chile and Peru will meet again in Lima.";
    const byName = Object.fromEntries(extractArticle(text, { lang: "en", date: "2024-03-05" }).officials.map((o) => [o.name, o.state]));
    expect(byName["Tomás Riquelme"]).toBe("CL");
    expect(byName["Marta Quispe"]).toBe("PE");
    // "travelled with" a Chilean minister: a companion, so the article's leading state stands.
    const companion = "Chile and Peru sign fisheries accord\n\nSANTIAGO — Chile and Peru signed a fisheries accord on Monday in the Chilean capital. "
      + "Minister Ana Soto travelled with Chilean Foreign Minister Tomás Riquelme to the signing.";
    const byName2 = Object.fromEntries(extractArticle(companion, { lang: "en", date: "2024-03-05" }).officials.map((o) => [o.name, o.state]));
    expect(byName2["Ana Soto"]).toBe("CL");
  });
  it("gives one identity to the same person in Arabic and Latin script", () => {
    const ar = extractArticle("زار وزير الدفاع، بيني غانتس، البحرين.", { lang: "ar" }).officials[0]!;
    const en = extractArticle("Defense Minister Benny Gantz visited Bahrain.", { lang: "en" }).officials[0]!;
    expect(ar.id).toBe(en.id);
    expect(ar.names.at(-1)).toBe("Benny Gantz");
  });
});

describe("the seed article", () => {
  const file = parseArticleFile(readFileSync(path.join(repoRoot, "seeds/000-ar-morocco-israel-military-delegation.md"), "utf8"));
  const r = extractArticle(file.body, { date: file.meta.published ?? null, lang: file.meta.language });
  it("finds the states", () => {
    expect(r.states.map((s) => s.iso2)).toEqual(["AE", "BH", "DZ", "EG", "IL", "IR", "MA", "US"]);
  });
  it("finds the officials with their states", () => {
    const get = (n: string) => r.officials.find((o) => o.names.includes(n));
    expect(get("تال كالمان")?.state).toBe("IL");
    expect(get("إيفي ديفرين")?.state).toBe("IL");
    expect(get("بلخير الفاروق")?.state).toBe("MA");
    expect(get("بيني غانتس")?.state).toBe("IL");
    expect(get("بيني غانتس")?.nameLatin).toBe("Benny Gantz");
  });
  it("finds the three agreements with parties and dates", () => {
    const summary = r.agreements.map((a) => `${a.parties.join("+")}@${a.date}`).sort();
    expect(summary).toEqual(["BH+IL@2022-02", "IL+MA@2021", "IL+MA@2022-03"]);
  });
  it("finds the visits and the Negev Summit", () => {
    const summary = r.meetings.map((m) => `${m.kind}:${m.participants.join("+")}:${m.host}@${m.date}`).sort();
    expect(summary).toContain("visit:IL+MA:MA@2022-03");
    expect(summary).toContain("visit:IL+MA:MA@2021");
    expect(summary).toContain("visit:BH+IL:BH@2022-02");
    const negev = r.meetings.find((m) => m.kind === "summit")!;
    expect(negev.participants).toEqual(["AE", "BH", "EG", "IL", "MA", "US"]);
    expect(negev.name).toBe("قمة النقب");
  });
  it("carries evidence spans into the original text and relations with global ids", () => {
    for (const s of r.states) for (const e of s.evidence) expect(s.surfaces).toContain(file.body.slice(e.spanStart, e.spanEnd));
    for (const rel of r.relations) expect(rel.from).toMatch(/^(state|person|org|agreement|meeting):/);
    expect(r.relations.some((x) => x.type === "PARTY_TO" && x.from === "state:BH")).toBe(true);
  });
});
