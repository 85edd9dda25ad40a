/** Interface languages. Arabic lays the interface out right to left. */
export type Language = "en" | "ar";

export const LANGUAGES: readonly Language[] = ["en", "ar"];

export function isLanguage(value: unknown): value is Language {
  return value === "en" || value === "ar";
}

export function directionOf(language: Language): "ltr" | "rtl" {
  return language === "ar" ? "rtl" : "ltr";
}
