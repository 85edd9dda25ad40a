import type { AnalyzedText } from "../AnalyzedText.ts";
import { foldForKey } from "../normalizeForMatching.ts";
import { stripArticle } from "../tokenizeText.ts";

// Nouns and adjectives of Arabic organization names in official titles, with English equivalents, so that
// "رئيس هيئة الاستراتيجية والدائرة الثالثة" reads "Head of the Strategy and Third Department Directorate" and
// "قائد لواء العلاقات الخارجية" reads "Commander of the Foreign Relations Brigade". Source: common usage
// in Arabic news agencies and their English services (هيئة directorate/authority, لواء brigade, جهاز service).
const NOUNS: [string, string][] = [
  ["هيئة", "Directorate"], ["لواء", "Brigade"], ["وزارة", "Ministry"], ["جهاز", "Service"], ["دائرة", "Department"],
  ["مديرية", "Directorate"], ["إدارة", "Department"], ["شعبة", "Division"], ["قسم", "Section"], ["مجلس", "Council"],
  ["لجنة", "Committee"], ["مكتب", "Office"], ["قيادة", "Command"], ["سلاح", "Corps"], ["قوات", "Forces"], ["قوة", "Force"],
  ["جيش", "Army"], ["أركان", "Staff"], ["استخبارات", "Intelligence"], ["مخابرات", "Intelligence"], ["أمن", "Security"],
  ["حرس", "Guard"], ["شرطة", "Police"], ["بحرية", "Navy"], ["علاقات", "Relations"], ["استراتيجية", "Strategy"],
  ["عمليات", "Operations"], ["تخطيط", "Planning"], ["تعاون", "Cooperation"], ["شؤون", "Affairs"], ["دفاع", "Defense"],
  ["خارجية", "Foreign Affairs"], ["داخلية", "Interior"], ["اتصال", "Liaison"], ["تدريب", "Training"], ["تسليح", "Armament"],
  ["إعلام", "Information"], ["جمارك", "Customs"], ["حدود", "Borders"], ["سياسات", "Policy"], ["بعثة", "Mission"],
  ["سفارة", "Embassy"], ["حكومة", "Government"], ["دفاع جوي", "Air Defense"], ["موارد", "Resources"], ["تسليح", "Armament"],
  ["مراسم", "Protocol"], ["تشريفات", "Protocol"], ["اقتصاد", "Economy"], ["مالية", "Finance"], ["طاقة", "Energy"],
];
const ADJECTIVES: [string, string][] = [
  ["أول", "First"], ["أولى", "First"], ["ثاني", "Second"], ["ثانية", "Second"], ["ثالث", "Third"], ["ثالثة", "Third"],
  ["رابع", "Fourth"], ["رابعة", "Fourth"], ["عام", "General"], ["عامة", "General"], ["مسلحة", "Armed"], ["وطني", "National"],
  ["وطنية", "National"], ["قومي", "National"], ["عسكري", "Military"], ["عسكرية", "Military"], ["جوي", "Air"], ["جوية", "Air"],
  ["بري", "Ground"], ["برية", "Ground"], ["بحري", "Naval"], ["بحرية", "Naval"], ["خاص", "Special"], ["خاصة", "Special"],
  ["مشترك", "Joint"], ["مشتركة", "Joint"], ["أعلى", "Supreme"], ["عليا", "Supreme"], ["مركزي", "Central"], ["مركزية", "Central"],
  ["استراتيجي", "Strategic"], ["دولي", "International"], ["دولية", "International"], ["خارجية", "Foreign"], ["خارجي", "Foreign"],
  ["داخلي", "Internal"], ["ثوري", "Revolutionary"], ["إقليمي", "Regional"], ["دفاعي", "Defense"], ["ملكي", "Royal"],
  ["ملكية", "Royal"], ["اتحادي", "Federal"], ["سياسية", "Political"], ["عسكريين", "Military"], ["بشرية", "Human"],
];
const fold = (w: string) => stripArticle(foldForKey(w));
const NOUN = new Map(NOUNS.map(([ar, en]) => [fold(ar), en]));
const ADJ = new Map(ADJECTIVES.map(([ar, en]) => [fold(ar), en]));

/** Titles that say little without their body ("Head", "Commander"): they take the organization that follows. */
const GENERIC = new Set(["Head", "Commander", "Director", "Inspector General", "Secretary-General", "Deputy", "Chief"]);

interface Phrase { noun: string; adjs: string[]; and: boolean }

/**
 * The English title of an Arabic title phrase: a generic head ("Head", "Commander") with the organization words
 * after it (tokens from..end-1), "Head of the Strategy and Third Department Directorate"; the head alone when
 * the words are not known.
 */
export function englishTitle(a: AnalyzedText, title: string, titleLast: number, end: number): string {
  if (!GENERIC.has(title)) return title;
  const toks = a.tokens;
  const lastCore = fold(toks[titleLast]!.cores.at(-1)!);
  let k = NOUN.has(lastCore) ? titleLast : titleLast + 1;
  const start = k;
  const phrases: Phrase[] = [];
  for (; k < end && k - start < 8; k++) {
    const t = toks[k]!;
    if (!t.arabic || a.stateAt[k]) break;
    if (k > start && /[،,;؛:()"«»\n]/.test(a.text.slice(toks[k - 1]!.end, t.start))) break;
    let w = t.norm, and = false;
    if (k > start && w.startsWith("و") && (NOUN.has(fold(w.slice(1))) || ADJ.has(fold(w.slice(1))))) { and = true; w = w.slice(1); }
    else if (k === start && k > titleLast && /^لل/.test(w) && NOUN.has(fold(w.slice(2)))) { w = w.slice(2); }
    else if (k === start && k > titleLast && /^ل/.test(w) && NOUN.has(fold(w.slice(1)))) { w = w.slice(1); }
    const f = fold(w);
    const adj = ADJ.get(f), noun = NOUN.get(f);
    if (adj && phrases.length > 0 && !and) { phrases[phrases.length - 1]!.adjs.unshift(adj); continue; }
    if (noun) { phrases.push({ noun, adjs: [], and }); continue; }
    if (adj && and && phrases.length > 0) { phrases[phrases.length - 1]!.adjs.unshift(adj + " and"); continue; }
    break;
  }
  if (phrases.length === 0) return title;
  const np = (p: Phrase) => [...p.adjs, p.noun].join(" ");
  const [head, ...rest] = phrases;
  // "هيئة عمليات القوات المسلحة": each complement without و qualifies the one before it, so English reverses them.
  const levels: string[][] = [];
  for (const p of rest) { if (p.and && levels.length) levels[levels.length - 1]!.push(np(p)); else levels.push([np(p)]); }
  const body = [...levels.reverse().map((l) => l.join(" and ")), np(head!)].join(" ");
  return `${title} of the ${body}`;
}
