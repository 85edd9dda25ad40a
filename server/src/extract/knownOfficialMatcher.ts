import { KNOWN_OFFICIALS } from "../data/knownOfficials.ts";
import { PhraseMatcher } from "./PhraseMatcher.ts";

export interface KnownOfficial {
  nameLatin: string;
  state: string;
  title: string;
  arabic: string[];
  latin: string[];
}

let officials: KnownOfficial[] | null = null;

/** The curated well-known officials, their spellings split out of the table's columns. */
export function knownOfficials(): KnownOfficial[] {
  officials ??= KNOWN_OFFICIALS.map(([latin, state, title, arabic, extra]) => (
    { nameLatin: latin, state, title, arabic: arabic.split("|"), latin: [latin, ...(extra ? extra.split("|") : [])] }
  ));
  return officials;
}

let cached: PhraseMatcher<KnownOfficial> | null = null;

/** Matches the full names (Arabic and Latin spellings) of the curated well-known officials. */
export function knownOfficialMatcher(): PhraseMatcher<KnownOfficial> {
  if (cached) return cached;
  const m = new PhraseMatcher<KnownOfficial>();
  for (const k of knownOfficials()) {
    for (const n of k.latin) m.add(n, k, "capitalized");
    for (const n of k.arabic) m.add(n, k, "any");
  }
  cached = m;
  return m;
}
