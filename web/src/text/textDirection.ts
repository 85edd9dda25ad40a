const RIGHT_TO_LEFT_LANGUAGES = new Set(["ar", "fa", "he", "ur"]);

/**
 * Direction for text in a known language; `auto` lets the browser decide from the first strong
 * character when the language is unknown.
 */
export function textDirection(language: string | null | undefined): "rtl" | "ltr" | "auto" {
  if (!language) return "auto";
  const primary = language.toLowerCase().split("-")[0] ?? "";
  return RIGHT_TO_LEFT_LANGUAGES.has(primary) ? "rtl" : "ltr";
}
