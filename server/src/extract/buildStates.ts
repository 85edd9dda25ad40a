import type { AnalyzedText } from "./AnalyzedText.ts";
import { evidenceFor } from "./evidenceFor.ts";
import { STATES_BY_ISO2 } from "./stateLexicon.ts";
import type { ExtractedState } from "./types.ts";

const CONFIDENCE = { name: 0.95, alias: 0.9, demonym: 0.85, institution: 0.85, capital: 0.75 } as const;

/** One ExtractedState per ISO code mentioned, with its surface forms and evidence. */
export function buildStates(a: AnalyzedText): ExtractedState[] {
  const byIso = new Map<string, ExtractedState>();
  for (const m of a.states) {
    const entry = STATES_BY_ISO2.get(m.iso2);
    if (!entry) continue;
    let s = byIso.get(m.iso2);
    if (!s) {
      s = { iso2: m.iso2, name: entry.names.en[0] ?? entry.en, names: { en: entry.names.en[0] ?? entry.en, ar: entry.names.ar[0] ?? entry.ar, fr: entry.names.fr[0] ?? entry.fr }, surfaces: [], evidence: [], confidence: 0 };
      byIso.set(m.iso2, s);
    }
    const surface = a.text.slice(m.start, m.end);
    if (!s.surfaces.includes(surface)) s.surfaces.push(surface);
    if (s.evidence.length < 5) s.evidence.push(evidenceFor(a, m.start, m.end));
    s.confidence = Math.max(s.confidence, CONFIDENCE[m.kind]);
  }
  return [...byIso.values()].sort((x, y) => x.iso2.localeCompare(y.iso2));
}
