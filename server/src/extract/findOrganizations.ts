import { ORGANIZATIONS, type NationalBody } from "../data/organizations.ts";
import { STATES_BY_ISO2 } from "./stateLexicon.ts";
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
const NATIONAL_BODIES: [RegExp, OrganizationKind, NationalBody][] = [
  [/^(?:foreign ministry|ministry of foreign affairs|وزاره الخارجيه|ministere des affaires etrangeres)/i, "ministry", "Foreign Ministry"],
  [/^(?:defen[cs]e ministry|ministry of defen[cs]e|وزاره الدفاع|ministere de la defense)/i, "ministry", "Defense Ministry"],
  [/^(?:army|armed forces|military|الجيش|القوات المسلحه|armee|forces armees)/i, "military", "Armed Forces"],
  [/^(?:intelligence|المخابرات|الاستخبارات|renseignement)/i, "intelligence", "Intelligence"],
];
// Arabic and French put the body first and the state word after it; the body's words must be all
// of the one or two words before the state word ("الجيش الإسرائيلي"), not merely begin them
// ("الجيش الإسرائيلي المغرب" names no Moroccan army).
const NATIONAL_BODIES_WHOLE: RegExp[] = NATIONAL_BODIES.map(([re]) => new RegExp(`${re.source}$`, re.flags));

/** Curated organizations that are a state's national body (the Israeli army is the IDF). */
const CURATED_BODY = new Map(ORGANIZATIONS.filter((o) => o.body && o.state).map((o) => [`${o.state}|${o.body}`, o]));

function stateName(iso2: string): string {
  const entry = STATES_BY_ISO2.get(iso2);
  return entry?.names.en[0] ?? entry?.en ?? iso2;
}

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
  const curatedSpans: [number, number][] = [];
  for (const m of orgMatcher().matchAll(a.tokens)) {
    curatedSpans.push([m.first, m.last]);
    add("org:" + m.payload.id, m.payload.name, m.payload.kind, m.payload.state, a.tokens[m.first]!.start, a.tokens[m.last]!.end, 0.9);
  }
  // A state's national body, unless a curated name already covers those words: the curated
  // organization when it is that body, else "Armed Forces (Israel)" and the like.
  const addBody = (iso2: string, kind: OrganizationKind, body: NationalBody, first: number, last: number) => {
    if (curatedSpans.some(([f, l]) => f <= last && first <= l)) return;
    const start = a.tokens[first]!.start, end = a.tokens[last]!.end;
    const curated = CURATED_BODY.get(`${iso2}|${body}`);
    if (curated) add(`org:${curated.id}`, curated.name, curated.kind, curated.state, start, end, 0.85);
    else add(`org:${iso2.toLowerCase()}-${body.toLowerCase().replace(/\s+/g, "-")}`, `${body} (${stateName(iso2)})`, kind, iso2, start, end, 0.7);
  };
  const folded = (first: number, last: number) => a.folded.text.slice(a.tokens[first]!.foldedStart, a.tokens[last]!.foldedEnd).toLowerCase();
  for (const s of a.states) {
    if (s.kind !== "demonym" && s.kind !== "name") continue;
    const next = a.tokens[s.last + 1];
    NATIONAL_BODIES.forEach(([re, kind, body], index) => {
      // English puts the adjective first ("Chinese Foreign Ministry"); Arabic and French after ("وزارة الخارجية الأمريكية").
      const match = next && a.lang === "en" ? re.exec(a.folded.text.slice(next.foldedStart, next.foldedStart + 40).toLowerCase()) : null;
      if (next && match) {
        // The body's own words: "army" is one, "Ministry of Foreign Affairs" four.
        const end = next.foldedStart + match[0].length;
        let last = s.last + 1;
        while (last + 1 < a.tokens.length && a.tokens[last + 1]!.foldedStart < end) last += 1;
        addBody(s.iso2, kind, body, s.first, last);
      }
      if (a.lang !== "en" && s.first >= 1) {
        const whole = NATIONAL_BODIES_WHOLE[index]!;
        if (whole.test(folded(s.first - 1, s.first - 1))) addBody(s.iso2, kind, body, s.first - 1, s.last);
        else if (s.first >= 2 && whole.test(folded(s.first - 2, s.first - 1))) addBody(s.iso2, kind, body, s.first - 2, s.last);
      }
    });
  }
  return [...byId.values()].sort((x, y) => x.id.localeCompare(y.id));
}
