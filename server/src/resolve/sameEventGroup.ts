import { searchKey } from "./searchKey.ts";
import type { ResolvableAgreement, ResolvableMeeting } from "./ResolvableEntity.ts";

// Summits and conferences are reported under either word; other meeting kinds are kept apart.
const meetingFamily = (kind: string) => (kind === "summit" || kind === "conference" ? "summit" : kind);

const namesAgree = (a: string | null, b: string | null) => !a || !b || searchKey(a) === searchKey(b);

/**
 * Whether two agreements could be one instrument, dates aside: the same parties and kind, and no
 * conflicting names. Dates decide among the members of such a group (see chooseEventMatch).
 */
export function sameAgreementGroup(a: ResolvableAgreement, b: ResolvableAgreement): boolean {
  return a.partyKey === b.partyKey && a.kind === b.kind && namesAgree(a.name, b.name);
}

/** The same for meetings: the same participants and kind family, no conflicting host or name. */
export function sameMeetingGroup(a: ResolvableMeeting, b: ResolvableMeeting): boolean {
  return a.partyKey === b.partyKey && meetingFamily(a.kind) === meetingFamily(b.kind)
    && (!a.host || !b.host || a.host === b.host) && namesAgree(a.name, b.name);
}

/**
 * Days two dated reports of one event may be apart. An agreement is often reported weeks after
 * signing with a loose date; a call is one day; a visit or a summit lasts a few days; an exercise weeks.
 */
export function dateWindowDays(e: ResolvableAgreement | ResolvableMeeting): number {
  if (e.label === "Agreement") return 31;
  switch (meetingFamily(e.kind)) {
    case "call": return 0;
    case "meeting": return 1;
    case "exercise": return 14;
    default: return 3;
  }
}
