import { STATE_NAMES_ALSO_PERSON_NAMES } from "../data/stateAliases.ts";
import { ARABIC_NAME_STOPWORDS } from "./ar/arabicTitles.ts";
import { foldedSet } from "./normalizeForMatching.ts";
import { stateMatcher, type StateSurfaceKind } from "./stateLexicon.ts";
import type { Token } from "./tokenizeText.ts";

export interface StateMention {
  iso2: string;
  kind: StateSurfaceKind;
  /** Token range [first, last]. */
  first: number;
  last: number;
  start: number;
  end: number;
}

const JORDAN_CONTEXT = foldedSet(["اردن", "الاردن", "الاردنيه", "الاردني", "اردنيه", "اردني", "بالعاصمه", "العاصمه"]);

/** Every mention of a state: names, demonyms and nisba forms, capitals, aliases, armies and governments. */
export function findStateMentions(text: string, tokens: Token[]): StateMention[] {
  const matcher = stateMatcher();
  const out: StateMention[] = [];
  for (const m of matcher.matchAll(tokens)) {
    let iso2 = m.payload.iso2;
    if (!iso2) continue;
    const first = tokens[m.first]!, last = tokens[m.last]!;
    const next = tokens[m.last + 1];
    // "Jordan Henderson", "Chad Smith": a capitalized word right after reads as a person's name.
    if (!first.arabic && m.first === m.last && STATE_NAMES_ALSO_PERSON_NAMES.has(first.norm) && next?.capitalized
      && next.start - last.end === 1 && text[last.end] === " ") continue;
    // "محمد شياع السوداني", "عبد الله المصري": a definite nisba right after two bare words ends a person's
    // name (a noun it could qualify would carry the article itself: "الجيش السوداني").
    if (first.arabic && m.first === m.last && m.payload.kind === "demonym" && first.norm.startsWith("ال") && first.norm.endsWith("ي")
      && nameBefore(text, tokens, m.first)) continue;
    // عمان is Oman, or Amman (عَمّان, the Jordanian capital) when written with shadda or near Jordan.
    if (first.arabic && m.first === m.last && first.cores.includes("عمان") && iso2 === "OM") {
      const surface = text.slice(first.start, last.end);
      const near = tokens.slice(Math.max(0, m.first - 4), m.first);
      if (surface.includes("\u0651") || near.some((t) => JORDAN_CONTEXT.has(t.norm))) iso2 = "JO";
      else if (tokens[m.first - 1]?.norm === "سلطنه") iso2 = "OM";
    }
    // "inter-American", "Latin American", "South Indian": a Latin demonym joined to a word that names no state ("Saudi-Iranian"
    // names two), or after a region word, qualifies something other than the state. "non-hostile to Greek-American
    // relations": the second state of such relations, unless they are being restored or cut, is a topic.
    if (!first.arabic && m.payload.kind === "demonym" && (/[-‐–]$/.test(text.slice(Math.max(0, first.start - 1), first.start)) 
      && (!out.some((x) => x.last === m.first - 1) || /^(relations|ties|friendship)$/.test(next?.norm ?? "") && !/(restor|resum|normali[sz]|re-?establish|sever|cut)\w*\s+(?:\S+\s+){0,3}$/i.test(text.slice(Math.max(0, first.start - 60), first.start).replace(/\S+$/, "")))
      || /^(latin|south|north|central|east|west|southeast|pan|inter)$/.test(tokens[m.first - 1]?.norm ?? ""))) continue;
    const kind = iso2 === "JO" && m.payload.iso2 === "OM" ? "capital" : m.payload.kind;
    out.push({ iso2, kind, first: m.first, last: m.last, start: first.start, end: last.end });
  }
  return out;
}

/** Two bare Arabic words (no article, no feminine or pronoun ending, not particles) right before token i. */
function nameBefore(text: string, tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= i - 2; k--) {
    const t = tokens[k];
    if (!t || !t.arabic || text.slice(t.end, tokens[k + 1]!.start) !== " ") return false;
    if (t.norm.startsWith("ال") || /^[وفبل]ال/.test(t.norm) || t.norm.endsWith("ه") || t.norm.endsWith("ها") || t.norm.length < 2) return false;
    if (ARABIC_NAME_STOPWORDS.has(t.norm) || ARABIC_NAME_STOPWORDS.has(t.cores[t.cores.length - 1]!)) return false;
  }
  return true;
}
