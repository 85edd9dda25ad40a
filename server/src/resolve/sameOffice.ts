// Titles that name one office in different countries' usage, as the extractor renders them.
// Source: common English usage (US, UK and Indian cabinet titles).
const OFFICE_OF: Record<string, string> = {
  "Secretary of State": "Foreign Minister",
  "Foreign Secretary": "Foreign Minister",
  "External Affairs Minister": "Foreign Minister",
  "Foreign Affairs Minister": "Foreign Minister",
  "Defense Secretary": "Defense Minister",
  "Defence Secretary": "Defense Minister",
  "Secretary of Defense": "Defense Minister",
  "Defence Minister": "Defense Minister",
  "Armed Forces Minister": "Defense Minister",
  "Premier": "Prime Minister",
};

/**
 * Whether two titles name the same office: an Arabic article calls the US Secretary of State
 * "وزير الخارجية" (Foreign Minister), an English one "Secretary of State".
 */
export function sameOffice(a: string, b: string): boolean {
  return a === b || (OFFICE_OF[a] ?? a) === (OFFICE_OF[b] ?? b);
}
