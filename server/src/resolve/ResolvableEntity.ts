/**
 * What entity resolution needs to know of a person, agreement or meeting, whether it comes from an
 * article being loaded or from a node already in the graph. Dates are partial ("YYYY[-MM[-DD]]").
 */
export type ResolvableEntity = ResolvablePerson | ResolvableAgreement | ResolvableMeeting;

export interface ResolvablePerson {
  label: "Person";
  id: string;
  /** personNameSkeleton of the fullest name; null when too short to trust. */
  nameSkeleton: string | null;
  state: string | null;
  title: string | null;
}

export interface ResolvableAgreement {
  label: "Agreement";
  id: string;
  /** The parties' ISO codes, sorted, "+"-joined. */
  partyKey: string;
  kind: string;
  date: string | null;
  name: string | null;
}

export interface ResolvableMeeting {
  label: "Meeting";
  id: string;
  /** The participants' ISO codes, sorted, "+"-joined. */
  partyKey: string;
  kind: string;
  date: string | null;
  name: string | null;
  host: string | null;
}

/** The sorted, "+"-joined ISO codes of the states an agreement or meeting involves. */
export function partyKeyOf(isos: readonly string[]): string {
  return [...new Set(isos)].sort().join("+");
}
