// The extraction contract: what `extract` returns and what the loader consumes.
// Field names of the top-level arrays and their first fields are a public contract (CLI JSON).

export type Language = "ar" | "en" | "fr";

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD"; the string length carries the precision. */
export type PartialDateString = string;
export type DatePrecision = "year" | "month" | "day";

/** Where a fact is stated: the sentence and the span inside the original text (UTF-16 offsets). */
export interface Evidence {
  /** The whole sentence, as it appears in the original text. */
  sentence: string;
  /** Offsets of the sentence in the original text. */
  start: number;
  end: number;
  /** Offsets of the mention / trigger inside the original text (within the sentence). */
  spanStart: number;
  spanEnd: number;
}

export interface ExtractedState {
  iso2: string;
  name: string; // English short name
  names: { en: string; ar: string; fr: string };
  /** Surface forms as found in the text. */
  surfaces: string[];
  evidence: Evidence[];
  confidence: number;
}

export interface ExtractedOfficial {
  /** Stable cross-script id: "person:" + name key. */
  id: string;
  name: string; // the fullest surface form found
  names: string[]; // all surface forms, full and short
  /** Latin-script rendering when known (transliteration or alias table), else null. */
  nameLatin: string | null;
  title: string | null; // short English title ("Defense Minister")
  titleOriginal: string | null; // as written in the text
  state: string | null; // ISO alpha-2 of the state served
  organization: string | null; // id of an ExtractedOrganization when the title names one
  evidence: Evidence[];
  confidence: number;
}

export type OrganizationKind =
  | "military" | "ministry" | "intelligence" | "government" | "intergovernmental" | "security" | "other";

export interface ExtractedOrganization {
  id: string; // "org:" + slug
  name: string;
  names: string[];
  kind: OrganizationKind;
  state: string | null;
  evidence: Evidence[];
  confidence: number;
}

export type AgreementKind = "mou" | "treaty" | "agreement" | "accord" | "declaration" | "deal";
export type AgreementStatus = "announced" | "signed" | "in force" | "suspended";

export interface ExtractedAgreement {
  id: string; // "agreement:" + stable key
  kind: AgreementKind;
  name: string | null;
  parties: string[]; // ISO alpha-2, sorted
  signatories: string[]; // official ids
  domains: string[];
  date: PartialDateString | null;
  status: AgreementStatus;
  evidence: Evidence[];
  confidence: number;
}

export type MeetingKind = "visit" | "summit" | "meeting" | "call" | "exercise" | "conference";

export interface ExtractedMeeting {
  id: string; // "meeting:" + stable key
  kind: MeetingKind;
  name: string | null;
  participants: string[]; // ISO alpha-2, sorted, host included
  host: string | null;
  location: string | null;
  date: PartialDateString | null;
  endDate: PartialDateString | null;
  attendees: string[]; // official ids
  produced: string[]; // agreement ids signed during it
  evidence: Evidence[];
  confidence: number;
}

export type RelationType =
  | "PARTY_TO" | "SIGNED" | "PARTICIPATED_IN" | "HELD_IN" | "PRODUCED" | "HOLDS_OFFICE" | "PART_OF" | "BUILDS_ON";

/** Node references use the global id scheme: "state:MA", "person:…", "org:…", "agreement:…", "meeting:…". */
export interface ExtractedRelation {
  type: RelationType;
  from: string;
  to: string;
  role?: "host" | "visitor" | "attendee" | "lead";
  title?: string;
  evidence: Evidence[];
  confidence: number;
}

export interface ExtractionResult {
  language: Language;
  publishedAt: PartialDateString | null;
  states: ExtractedState[];
  officials: ExtractedOfficial[];
  organizations: ExtractedOrganization[];
  agreements: ExtractedAgreement[];
  meetings: ExtractedMeeting[];
  relations: ExtractedRelation[];
}

export interface ExtractOptions {
  /** Article publication date, YYYY-MM-DD; relative dates resolve against it. */
  date?: string | null;
  /** Forces the language; detected when absent. */
  lang?: Language;
}
