export interface Sentence {
  start: number;
  end: number;
  text: string;
  index: number;
}

// Abbreviations whose final dot does not end a sentence.
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "st", "sta", "jr", "sr", "gen", "lt", "col", "maj", "capt", "prof", "no", "vs",
  "etc", "inc", "ltd", "co", "corp", "u.s", "u.k", "u.n", "e.g", "i.e", "sen", "rep", "gov", "adm", "sgt",
  "mt", "ft", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "m", "mme", "mlle",
]);
const BOUNDARY = /[.!?؟…]+["'”’»)\]]*(?=\s|$|[\u0600-\u06FF])|\n\s*\n|\n/g;

/** Splits text into sentences with offsets into it; dots of abbreviations and initials do not split. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  const emit = (end: number) => {
    let s = from, e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) sentences.push({ start: s, end: e, text: text.slice(s, e), index: sentences.length });
  };
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0][0] === ".") {
      const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(from, m.index - 12), m.index))?.[1] ?? "";
      const word = before.toLowerCase();
      // A single capital letter is an initial ("Joseph R. Biden"); a known abbreviation does not end.
      if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(before) || /^(\p{L}\.)+\p{L}$/u.test(before)) continue;
      // A dot followed by a lower-case Latin letter continues the sentence.
      if (/^\s+\p{Ll}/u.test(text.slice(end, end + 3)) && !/[\u0600-\u06FF]/.test(before)) continue;
    }
    emit(end);
    from = end;
  }
  emit(text.length);
  return sentences;
}
