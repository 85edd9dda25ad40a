import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../../server/src/extract/detectLanguage.ts";
import { normalizeForMatching } from "../../../server/src/extract/normalizeForMatching.ts";
import { splitSentences } from "../../../server/src/extract/splitSentences.ts";
import { arabicCores, tokenizeText } from "../../../server/src/extract/tokenizeText.ts";

describe("normalizeForMatching", () => {
  it("folds Arabic diacritics, tatweel, alef/hamza, alef maqsura and taa marbuta", () => {
    expect(normalizeForMatching("عُمَان").text).toBe("عمان");
    expect(normalizeForMatching("إسرائيـــل").text).toBe("اسراييل");
    expect(normalizeForMatching("مصطفى").text).toBe("مصطفي");
    expect(normalizeForMatching("الدولة").text).toBe("الدوله");
  });
  it("keeps offsets into the original text", () => {
    const original = "زارَ وزيرُ الدفاعِ الرباطَ";
    const n = normalizeForMatching(original);
    const i = n.text.indexOf("الرباط");
    const start = n.offsets[i]!, end = n.offsets[i + "الرباط".length - 1]! + 1;
    expect(original.slice(start, end)).toBe("الرباط");
  });
  it("folds Latin accents and Arabic-Indic digits", () => {
    expect(normalizeForMatching("Türkiye Élysée").text).toBe("Turkiye Elysee");
    expect(normalizeForMatching("٢٠٢١").text).toBe("2021");
  });
});

describe("tokens and clitics", () => {
  it("strips و ف ب ل and ال for matching", () => {
    expect(arabicCores("وبالمغرب")).toContain("مغرب");
    expect(arabicCores("للرباط")).toContain("رباط");
    expect(arabicCores("والإمارات".replace("إ", "ا"))).toContain("امارات");
  });
  it("gives each token its span in the original text", () => {
    const text = "قال «بينت» أمس";
    const tokens = tokenizeText(normalizeForMatching(text));
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(["قال", "بينت", "أمس"]);
  });
});

describe("sentences and language", () => {
  it("does not split at initials and abbreviations", () => {
    const s = splitSentences("President Joseph R. Biden, Jr. will host it. Mr. Smith came.");
    expect(s.map((x) => x.text)).toEqual(["President Joseph R. Biden, Jr. will host it.", "Mr. Smith came."]);
  });
  it("splits Arabic text at a dot followed directly by a letter", () => {
    expect(splitSentences("أعلنت الجزائر التعليق.وعلى الإثر قالت مصادر").length).toBe(2);
  });
  it("detects language by script and vocabulary", () => {
    expect(detectLanguage("وصل رئيس الحكومة إلى أبو ظبي")).toBe("ar");
    expect(detectLanguage("The minister said that the agreement was signed")).toBe("en");
    expect(detectLanguage("Le ministre a signé un accord avec le Maroc dans la capitale")).toBe("fr");
  });
});
