// English office words that anchor a title, the honorifics left out of names, and words that are
// capitalized without being names. Source: common usage in English-language wire copy.
export const ENGLISH_TITLE_ANCHORS = new Map<string, string>([
  ["minister", "Minister"], ["ministers", "Minister"], ["president", "President"], ["premier", "Premier"],
  ["secretary", "Secretary"], ["spokesman", "Spokesman"], ["spokeswoman", "Spokeswoman"], ["spokesperson", "Spokesperson"],
  ["ambassador", "Ambassador"], ["envoy", "Envoy"], ["king", "King"], ["queen", "Queen"], ["prince", "Prince"],
  ["emir", "Emir"], ["sultan", "Sultan"], ["chancellor", "Chancellor"], ["general", "General"], ["gen", "General"],
  ["admiral", "Admiral"], ["commander", "Commander"], ["chief", "Chief"], ["director", "Director"], ["adviser", "Adviser"],
  ["advisor", "Adviser"], ["counterpart", "Counterpart"], ["counterparts", "Counterpart"], ["czar", "Czar"], ["leader", "Leader"],
  ["sheikh", "Sheikh"], ["governor", "Governor"], ["senator", "Senator"], ["speaker", "Speaker"], ["presidents", "President"],
  ["vice-president", "Vice President"], ["secretary-general", "Secretary-General"], ["colonel", "Colonel"],
  ["minister-president", "Minister-President"], ["mayor", "Mayor"], ["attache", "Attache"], ["consul", "Consul"],
  ["secretaries", "Secretary"], ["ambassadors", "Ambassador"], ["envoys", "Envoy"], ["chiefs", "Chief"], ["commanders", "Commander"],
  ["kings", "King"], ["emirs", "Emir"], ["premiers", "Premier"], ["generals", "General"], ["governors", "Governor"],
  ["crown-prince", "Crown Prince"], ["taoiseach", "Taoiseach"], ["chairman", "Chairman"], ["chairwoman", "Chairwoman"],
  ["negotiator", "Negotiator"], ["representative", "Representative"], ["head", "Head"], ["deputy", "Deputy"],
]);

/** Words that may sit inside a title before its anchor ("Foreign", "Prime", "Defence", "press"). */
export const ENGLISH_TITLE_MODIFIERS = new Set([
  "foreign", "prime", "defence", "defense", "deputy", "vice", "crown", "interior", "finance", "economy", "trade",
  "energy", "water", "press", "state", "senior", "special", "chief", "armed", "forces", "army", "navy", "military",
  "intelligence", "national", "security", "external", "affairs", "home", "climate", "health", "oil", "petroleum",
  "industry", "justice", "information", "transport", "agriculture", "tourism", "investment", "development", "acting",
  "former", "then", "top", "lt", "lieutenant", "major", "brigadier", "rear", "supreme", "executive", "assistant",
  "parliamentary", "first", "grand", "education", "environment", "culture", "labor", "labour", "housing", "science",
  "pacific", "asia", "ministry", "office", "white", "house", "staff", "joint", "of", "the", "commerce", "commercial",
  "economic", "planning", "labour", "interior", "electricity", "communications", "digital", "sports", "youth", "religious",
  "presidential", "principal", "permanent", "incoming", "outgoing", "interim", "caretaker", "designate", "cabinet",
  "central", "bank", "two", "three", "counter-terrorism", "arms", "control", "nuclear", "regional",
]);

export const ENGLISH_HONORIFICS = new Set(["mr", "mrs", "ms", "dr", "sir", "dame", "his", "her", "majesty", "highness", "excellency", "sheikh", "lord", "prof", "sayyid", "sayed", "sheikha", "prince", "princess", "gen", "general", "adm", "admiral", "lt", "col", "maj", "field", "marshal"]);

/** Lower-case particles inside names ("Mohammed bin Salman", "Ursula von der Leyen"). */
export const NAME_PARTICLES = new Set(["bin", "bint", "ibn", "al", "el", "de", "da", "du", "van", "von", "der", "le", "la", "abu", "ben", "di", "dos", "das"]);

/** Capitalized words that are not names. */
export const NOT_NAME_WORDS = new Set([
  "the", "a", "an", "in", "on", "at", "of", "and", "but", "for", "to", "from", "with", "by", "as", "after", "before",
  "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "his", "her", "their", "our", "when",
  "while", "during", "since", "under", "over", "earlier", "later", "last", "next", "monday", "tuesday", "wednesday",
  "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
  "september", "october", "november", "december", "minister", "president", "prime", "foreign", "defense", "defence",
  "ministry", "government", "state", "department", "office", "house", "white", "council", "army", "forces", "navy",
  "affairs", "secretary", "spokesman", "ambassador", "king", "queen", "prince", "crown", "said", "says", "told",
  "according", "meanwhile", "however", "also", "both", "all", "new", "joint", "first", "quad", "summit", "agreement",
  "reuters", "afp", "ap", "un", "nato", "eu", "is", "was", "will", "has", "had", "who", "which", "what", "where",
  "le", "la", "les", "des", "du", "un", "une", "et", "est", "mr", "mrs", "ms", "dr", "jr", "general", "leaders", "leader",
]);

/**
 * English titles of offices only one state has (British spelling and office names, the US cabinet title), which
 * place an official whose title names no state: "Home Secretary Priti Patel". Source: general knowledge of the
 * offices (UK Home, Foreign and Defence Secretaries and Chancellor of the Exchequer; US Secretary of State and
 * Defense Secretary in American spelling; Ireland's Taoiseach).
 */
export const NATIONAL_TITLES = new Map<string, string>([
  ["home secretary", "GB"], ["foreign secretary", "GB"], ["defence secretary", "GB"], ["chancellor of the exchequer", "GB"],
  ["secretary of state", "US"], ["defense secretary", "US"], ["taoiseach", "IE"],
]);

/**
 * Capitalized common nouns that start no person's name: after a title they begin the name of a body or an
 * instrument ("the General Assembly", "General Security of Military Information Agreement", "Secretary General
 * Security Council reform"). Source: the nouns of English names of treaties, bodies and offices.
 */
export const INSTITUTION_NOUNS = new Set([
  "security", "intelligence", "information", "defence", "defense", "cooperation", "co-operation", "trade", "energy",
  "development", "investment", "commerce", "economy", "finance", "justice", "health", "education", "environment",
  "agriculture", "transport", "tourism", "interior", "planning", "assembly", "committee", "commission", "agency",
  "organization", "organisation", "union", "alliance", "treaty", "pact", "accord", "accords", "convention", "protocol",
  "charter", "declaration", "fund", "forum", "partnership", "initiative", "framework", "programme", "program", "parliament",
  "congress", "senate", "court", "staff", "command", "administration", "authority", "directorate", "conference", "talks",
  "relations", "military", "police", "customs", "headquarters", "secretariat", "cabinet", "corporation", "company",
  "motors", "airlines", "group", "institute", "university", "school", "hospital", "association", "federation", "league",
  "mission", "embassy", "consulate", "services", "service", "staffs", "operations", "assistance",
]);

/** Head nouns of the names of instruments and bodies: a capitalized run reaching one of them names no person. */
export const INSTITUTION_HEADS = new Set([
  "agreement", "agreements", "treaty", "pact", "accord", "accords", "convention", "protocol", "charter", "declaration",
  "act", "council", "assembly", "committee", "commission", "agency", "organization", "organisation", "union", "alliance",
  "bank", "fund", "forum", "partnership", "initiative", "framework", "programme", "program", "summit", "conference",
  "corporation", "company", "institute", "university", "association", "federation", "league", "authority", "directorate",
]);
