import type {
  ExtractedAgreement, ExtractedMeeting, ExtractedOfficial, ExtractedOrganization, ExtractedRelation,
} from "./types.ts";

interface Extracted {
  officials: ExtractedOfficial[];
  organizations: ExtractedOrganization[];
  agreements: ExtractedAgreement[];
  meetings: ExtractedMeeting[];
}

/** The graph edges implied by the extracted entities, with the evidence of the entity that states them. */
export function buildRelations(x: Extracted): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  for (const o of x.officials) {
    if (o.state) out.push({ type: "HOLDS_OFFICE", from: o.id, to: `state:${o.state}`, ...(o.title ? { title: o.title } : {}), evidence: o.evidence.slice(0, 1), confidence: o.confidence });
  }
  for (const g of x.organizations) {
    if (g.state) out.push({ type: "PART_OF", from: g.id, to: `state:${g.state}`, evidence: g.evidence.slice(0, 1), confidence: g.confidence });
  }
  for (const a of x.agreements) {
    for (const p of a.parties) out.push({ type: "PARTY_TO", from: `state:${p}`, to: a.id, evidence: a.evidence.slice(0, 1), confidence: a.confidence });
    for (const s of a.signatories) out.push({ type: "SIGNED", from: s, to: a.id, evidence: a.evidence.slice(0, 1), confidence: a.confidence * 0.8 });
  }
  for (const m of x.meetings) {
    for (const p of m.participants) {
      out.push({ type: "PARTICIPATED_IN", from: `state:${p}`, to: m.id, role: p === m.host ? "host" : m.kind === "visit" ? "visitor" : "attendee", evidence: m.evidence.slice(0, 1), confidence: m.confidence });
    }
    for (const person of m.attendees) out.push({ type: "PARTICIPATED_IN", from: person, to: m.id, role: "attendee", evidence: m.evidence.slice(0, 1), confidence: m.confidence * 0.8 });
    if (m.host) out.push({ type: "HELD_IN", from: m.id, to: `state:${m.host}`, evidence: m.evidence.slice(0, 1), confidence: m.confidence });
    for (const a of m.produced) out.push({ type: "PRODUCED", from: m.id, to: a, evidence: m.evidence.slice(0, 1), confidence: m.confidence * 0.8 });
  }
  // An agreement the text places earlier, between the same parties, is what a later one builds on.
  const dated = x.agreements.filter((a) => a.date).sort((p, q) => p.date!.localeCompare(q.date!));
  for (let i = 1; i < dated.length; i++) {
    const later = dated[i]!, earlier = dated.slice(0, i).reverse().find((e) => e.parties.join() === later.parties.join() && e.date! < later.date!);
    if (earlier) out.push({ type: "BUILDS_ON", from: later.id, to: earlier.id, evidence: later.evidence.slice(0, 1), confidence: 0.5 });
  }
  return out;
}
