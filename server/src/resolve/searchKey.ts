/**
 * A spelling-tolerant form of a name for full-text search: Arabic diacritics, tatweel, alef and
 * hamza forms, alef maqsura and taa marbuta folded; Latin accents dropped; lower case; leading
 * Arabic article and one-letter proclitics removed from each word. Index and query both go
 * through it, so "الإمارات" finds "امارات" and "Émirats" finds "emirats".
 */
export function searchKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFKC")
    .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/ؤ/g, "و")
    .replace(/ئ/g, "ي")
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, " ")
    .split(/\s+/)
    .filter(Boolean)
    .map(stripArabicPrefixes)
    .join(" ");
}

function stripArabicPrefixes(word: string): string {
  if (!/^[\u0600-\u06FF]/.test(word)) return word;
  let w = word;
  // و/ف/ب/ك/ل + ال, then ال alone; keep at least three letters of stem.
  const m = /^(?:[وف]?(?:[بكل]?ال|لل))(.{3,})$/.exec(w);
  if (m) return m[1]!;
  if (/^[وف].{3,}$/.test(w)) w = w.slice(1);
  return w;
}
