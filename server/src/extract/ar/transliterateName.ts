// A readable Latin spelling of an Arabic-script personal name, for officials the curated table does not
// know ("تال كالمان" -> "Tal Kalman", "بلخير الفاروق" -> "Balkhir al-Faruq"). An approximation after common
// English news conventions (ت t, ث th, ج j, ح h, خ kh, ذ dh, ش sh, ص s, ض d, ط t, ظ z, ع ', غ gh, ق q;
// ا و ي as long vowels a u i between consonants, w and y elsewhere; ة a; ال -> al-). Short vowels are not
// written in Arabic, so a word that opens with two consonants gets an "a" between them.

const CONSONANTS: Record<string, string> = {
  "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s",
  "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m",
  "ن": "n", "ه": "h", "پ": "p", "چ": "ch", "ڤ": "v", "گ": "g", "ک": "k", "ی": "y",
};
const PARTICLES: Record<string, string> = {
  "بن": "bin", "بنت": "bint", "ابن": "ibn", "إبن": "ibn", "آل": "Al", "ال": "Al", "أبو": "Abu", "ابو": "Abu", "أبي": "Abi",
  "عبد": "Abd", "ولد": "Ould", "أم": "Umm",
};
const MARKS = /[\u064B-\u065F\u0670\u0640]/g;

interface Unit { text: string; vowel: boolean; longA?: boolean }

function word(w: string): string {
  const chars = [...w];
  const units: Unit[] = [];
  const prevVowel = () => units.length > 0 && units[units.length - 1]!.vowel;
  const push = (text: string, vowel: boolean, longA = false) => { if (text) units.push({ text, vowel, longA }); };
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!, next = chars[i + 1];
    const first = i === 0, last = i === chars.length - 1;
    switch (c) {
      case "ا": case "ٱ": case "آ": if (!prevVowel() || units.at(-1)!.text !== "a") push("a", true, true); break;
      case "أ": if (first) push("a", true); else push("'", false); break;
      case "إ": push("i", true); break;
      case "ء": case "ئ": case "ؤ": if (!last) push("'", false); break;
      case "ع": if (!first) push("'", false); else if (next && !/[اويى]/.test(next)) push("a", true); break;
      case "ى": case "ة": push("a", true); break;
      case "و":
        if (first || next === "ا" || prevVowel()) push("w", false);
        else push("u", true);
        break;
      case "ي":
        if (prevVowel() && units.at(-1)!.text === "i") break;
        if (first || next === "ا" || next === "و" || (prevVowel() && !last)) push("y", false);
        else push("i", true);
        break;
      default: push(CONSONANTS[c] ?? c, CONSONANTS[c] === undefined && !/\p{L}/u.test(c));
    }
  }
  // Short vowels are not written: one between two opening consonants ("بلخير" -> "Balkhir"), and one between
  // two closing consonants, i after a long a ("ناصر" -> "Nasir"), else a ("أحمد" -> "Ahmad").
  const out: Unit[] = [];
  units.forEach((u, i) => {
    const p1 = out[out.length - 1], p2 = out[out.length - 2];
    if (p1 && !p1.vowel && !u.vowel && (out.length === 1 || p1.text !== "'" && u.text !== "'")) {
      if (out.length === 1) out.push({ text: "a", vowel: true });
      else if (i === units.length - 1) out.push({ text: p2?.longA ? "i" : "a", vowel: true });
      else if (p2 && !p2.vowel) out.push({ text: "a", vowel: true });
    }
    out.push(u);
  });
  return out.map((u) => u.text).join("").replace(/'+/g, "'").replace(/^'|'$/g, "");
}

const capital = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** The Latin spelling of an Arabic name; the input returned unchanged when it has no Arabic letters. */
export function transliterateArabicName(name: string): string {
  if (!/[\u0600-\u06FF]/.test(name)) return name;
  const words = name.replace(MARKS, "").split(/\s+/).filter(Boolean);
  return words.map((w, i) => {
    const particle = PARTICLES[w];
    if (particle) return i === 0 ? capital(particle) : particle;
    if (w.startsWith("ال") && [...w].length > 3) {
      const rest = capital(word(w.slice(2)));
      return (i === 0 ? "Al-" : "al-") + rest;
    }
    return capital(word(w));
  }).join(" ");
}
