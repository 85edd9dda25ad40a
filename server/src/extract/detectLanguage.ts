import type { Language } from "./types.ts";

const FRENCH = /\b(le|la|les|des|du|une|est|et|dans|pour|avec|sur|qui|que|au|aux|a été|cette|ce|ont|sont|par)\b/gi;
const ENGLISH = /\b(the|and|of|to|in|is|was|with|for|on|that|by|has|have|said|will|from|its|their)\b/gi;

/** Detects the language by script (Arabic letters), then by frequent function words (French vs English). */
export function detectLanguage(text: string): Language {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const arabic = sample.match(/[\u0600-\u06FF]/g)?.length ?? 0;
  const latin = sample.match(/[A-Za-z\u00C0-\u024F]/g)?.length ?? 0;
  if (arabic > 0 && arabic >= latin * 0.5) return "ar";
  const fr = sample.match(FRENCH)?.length ?? 0;
  const en = sample.match(ENGLISH)?.length ?? 0;
  return fr > en ? "fr" : "en";
}
