import type { Office } from "./OfficeHolders.ts";
import type { SyntheticState } from "./syntheticStates.ts";

export type SyntheticEventKind = "visit" | "call" | "agreement" | "summit" | "exercise";
export type SyntheticAgreementKind = "mou" | "agreement" | "treaty" | "deal";
export type SyntheticDomain = "defense" | "military" | "security" | "economic" | "energy" | "trade" | "maritime";

/** One thing that happened, which one or several articles report. */
export interface SyntheticEvent {
  kind: SyntheticEventKind;
  /** Days since 1970-01-01 (UTC). */
  day: number;
  /** visit: [visitor, host]; call: [caller, called]; summit: host first; agreement, exercise: the two parties. */
  states: SyntheticState[];
  /** Whose officials act: leaders, foreign or defence ministers. */
  office: Office;
  agreementKind: SyntheticAgreementKind;
  domain: SyntheticDomain;
  /** Index into the topic phrases of visits and calls. */
  topic: number;
}

/** How one article reports an event. */
export interface SyntheticReport {
  event: SyntheticEvent;
  language: "en" | "ar";
  /** How precisely the article dates the event. */
  precision: "day" | "month";
  publishedDay: number;
  /** Picks among the phrasings of a template. */
  variant: number;
  /** An earlier agreement between the same two states the article recalls, with or without its month. */
  recalls: { event: SyntheticEvent; dated: boolean } | null;
}
