/**
 * A cross-script consonant skeleton of a person's name: "Benny Gantz", "Beni Ganz"-like Latin
 * spellings and "بيني غانتس" all become "bnknts". Arabic writes long vowels only and Latin
 * transliterations disagree on vowels, h, w/y and on which letter renders ض ظ ق غ ج; so vowels,
 * h, w, y, ʿayn and hamza are dropped and consonants fold into classes both scripts share.
 * The Arabic article (ال / "al-" / "Al") and the fused "Abdel"/"Abdul" forms are normalized first.
 * It is a matching key, never a display form; it is only trusted together with state and title.
 */
export function personNameSkeleton(name: string): string | null {
  const words = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f\u064B-\u065F\u0670\u0640]/g, "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[أإآٱ]/g, "ا").replace(/ى/g, "ي").replace(/ة/g, "ه").replace(/[ؤ]/g, "و").replace(/[ئ]/g, "ي")
    .replace(/[^\p{L}\s-]/gu, " ")
    .split(/[\s-]+/)
    .filter(Boolean);
  const kept: string[] = [];
  for (const w of words) {
    if (/^[\u0600-\u06FF]/.test(w)) {
      if (w === "ال") continue; // "آل نهيان": the family marker, often left out in Latin
      kept.push(w.length > 3 && w.startsWith("ال") ? w.slice(2) : w);
    } else {
      if (/^(al|el|as|ash|ad|ar|at|az|an|ul)$/.test(w)) continue;
      // "Abdel Fattah", "Abdulaziz": Arabic writes عبد + (article dropped) name.
      const abd = /^abd[aeiou]l(?!l)(.*)$/.exec(w);
      if (abd) { kept.push("abd"); if (abd[1]) kept.push(abd[1]); continue; }
      kept.push(w);
    }
  }
  const classes = kept.map(skeletonOf).join("");
  const collapsed = classes.replace(/(.)\1+/g, "$1");
  // Fewer than four consonant classes ("Ali", "Zaki") would join strangers.
  return collapsed.length >= 4 ? collapsed : null;
}

const ARABIC_CLASS: Record<string, string> = {
  "ب": "b", "پ": "b", "ت": "t", "ط": "t", "ث": "t", "د": "t", "ض": "t", "ذ": "t", "ظ": "t",
  "س": "s", "ص": "s", "ش": "s", "ز": "s", "ج": "k", "غ": "k", "ق": "k", "ك": "k", "خ": "k", "گ": "k", "چ": "s",
  "ف": "f", "ڤ": "f", "ل": "l", "م": "m", "ن": "n", "ر": "r",
};

// Latin digraphs first, so "kh" is one k and "th" one t.
const LATIN_STEPS: [RegExp, string][] = [
  [/[tdc]?sch|tch/g, "s"], [/t[sz]/g, "s"], [/sh|ch|zh|sz|[szçşšžc](?=[ei])/g, "s"], [/kh|gh|ck|[qgjkc]|x/g, "k"],
  [/th|dh|[td]/g, "t"], [/ph|[fv]/g, "f"], [/p/g, "b"], [/[sz]/g, "s"], [/[aeiouyhw']/g, ""],
];

function skeletonOf(word: string): string {
  if (/^[\u0600-\u06FF]/.test(word)) {
    // "تس"/"تز" render "ts"/"tz", which Latin folds into one s.
    return word.replace(/ت[سز]/g, "س").split("").map((c) => ARABIC_CLASS[c] ?? "").join("");
  }
  let w = word.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z']/g, "");
  for (const [re, to] of LATIN_STEPS) w = w.replace(re, to);
  return w;
}
