import { KNOWN_OFFICIALS } from "../data/knownOfficials.ts";
import { PhraseMatcher } from "./PhraseMatcher.ts";

export interface KnownOfficial {
  nameLatin: string;
  state: string;
  title: string;
  arabic: string[];
  latin: string[];
}

let cached: PhraseMatcher<KnownOfficial> | null = null;

/** Matches the full names (Arabic and Latin spellings) of the curated well-known officials. */
export function knownOfficialMatcher(): PhraseMatcher<KnownOfficial> {
  if (cached) return cached;
  const m = new PhraseMatcher<KnownOfficial>();
  for (const [latin, state, title, arabic, extra] of KNOWN_OFFICIALS) {
    const k: KnownOfficial = { nameLatin: latin, state, title, arabic: arabic.split("|"), latin: [latin, ...(extra ? extra.split("|") : [])] };
    for (const n of k.latin) m.add(n, k, "capitalized");
    for (const n of k.arabic) m.add(n, k, "any");
  }
  cached = m;
  return m;
}
