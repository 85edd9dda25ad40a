import type { KnownOfficial } from "./knownOfficialMatcher.ts";

/** One place where a named official appears, before mentions are merged into persons. */
export interface OfficialMention {
  /** Token range of the name. */
  first: number;
  last: number;
  title: string | null;
  titleOriginal: string | null;
  /** State served, as the title says it (nisba, "Israel's", "of Morocco"); null when it does not. */
  state: string | null;
  known: KnownOfficial | null;
  /** Token range of the title, when there is one. */
  titleFirst: number | null;
  titleLast: number | null;
  /** The title is an international body's ("NATO's secretary-general"): the person serves no state. */
  stateless?: boolean;
}
