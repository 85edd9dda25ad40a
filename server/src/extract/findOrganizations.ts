import { ORGANIZATIONS } from "../data/organizations.ts";
import type { AnalyzedText } from "./AnalyzedText.ts";
import { evidenceFor } from "./evidenceFor.ts";
import { PhraseMatcher } from "./PhraseMatcher.ts";
import type { ExtractedOrganization, OrganizationKind } from "./types.ts";

type OrgEntry = (typeof ORGANIZATIONS)[number];
let cached: PhraseMatcher<OrgEntry> | null = null;
function orgMatcher(): PhraseMatcher<OrgEntry> {
  if (cached) return cached;
  const m = new PhraseMatcher<OrgEntry>();
  for (const o of ORGANIZATIONS) {
    for (const p of o.phrases) m.add(p, o, /[a-z]/i.test(p) ? "capitalized" : "any");
    for (const p of o.acronyms ?? []) m.add(p, o, "upper");
  }
  cached = m;
  return m;
}

// "Chinese Foreign Ministry", "وزارة الخارجية الأمريكية", "le ministère marocain": a ministry or army with its state.
const NATIONAL_BODIES: [RegExp, OrganizationKind, string][] = [
  [/^(?:foreign ministry|ministry of foreign affairs|وزاره الخارجيه|ministere des affaires etrangeres)/i, "ministry", "Foreign Ministry"],
  [/^(?:defen[cs]e ministry|ministry of defen[cs]e|وزاره الدفاع|ministere de la defense)/i, "ministry", "Defense Ministry"],
  [/^(?:army|armed forces|military|الجيش|القوات المسلحه|armee|forces armees)/i, "military", "Armed Forces"],
  [/^(?:intelligence|المخابرات|الاستخبارات|renseignement)/i, "intelligence", "Intelligence"],
];

/** Named bodies from the curated table, and national ministries or armies placed by a state word next to them. */
export function findOrganizations(a: AnalyzedText): ExtractedOrganization[] {
  const byId = new Map<string, ExtractedOrganization>();
  const add = (id: string, name: string, kind: OrganizationKind, state: string | null, start: number, end: number, confidence: number) => {
    let o = byId.get(id);
    if (!o) { o = { id, name, names: [], kind, state, evidence: [], confidence }; byId.set(id, o); }
    const surface = a.text.slice(start, end);
    if (!o.names.includes(surface)) o.names.push(surface);
    if (o.evidence.length < 5) o.evidence.push(evidenceFor(a, start, end));
  };
  for (const m of orgMatcher().matchAll(a.tokens)) {
    add("org:" + m.payload.id, m.payload.name, m.payload.kind, m.payload.state, a.tokens[m.first]!.start, a.tokens[m.last]!.end, 0.9);
  }
  for (const s of a.states) {
    if (s.kind !== "demonym" && s.kind !== "name") continue;
    const next = a.tokens[s.last + 1], prev = a.tokens[s.first - 1];
    for (const [re, kind, label] of NATIONAL_BODIES) {
      // English puts the adjective first ("Chinese Foreign Ministry"); Arabic and French after ("وزارة الخارجية الأمريكية").
      if (next && re.test(a.folded.text.slice(next.foldedStart, next.foldedStart + 40).toLowerCase()) && a.lang === "en") {
        const words = label.split(" ").length + (/ministry of|armed forces/i.test(a.folded.text.slice(next.foldedStart, next.foldedStart + 20)) ? 1 : 0);
        const last = a.tokens[Math.min(a.tokens.length - 1, s.last + words)]!;
        add(`org:${s.iso2.toLowerCase()}-${label.toLowerCase().replace(/\s+/g, "-")}`, `${s.iso2} ${label}`, kind, s.iso2, a.tokens[s.first]!.start, last.end, 0.7);
      }
      if (prev && a.lang !== "en") {
        const before = a.tokens[s.first - 2] ?? prev;
        const phrase = a.folded.text.slice(before.foldedStart, prev.foldedEnd).toLowerCase();
        if (re.test(phrase) || re.test(a.folded.text.slice(prev.foldedStart, prev.foldedEnd).toLowerCase())) {
          add(`org:${s.iso2.toLowerCase()}-${label.toLowerCase().replace(/\s+/g, "-")}`, `${s.iso2} ${label}`, kind, s.iso2, before.start, a.tokens[s.last]!.end, 0.7);
        }
      }
    }
  }
  return [...byId.values()].sort((x, y) => x.id.localeCompare(y.id));
}
