import { findArabicOfficialMentions } from "./ar/findArabicOfficialMentions.ts";
import { analyzeText } from "./AnalyzedText.ts";
import { buildRelations } from "./buildRelations.ts";
import { buildStates } from "./buildStates.ts";
import { checkArticleText } from "./decodeArticleBytes.ts";
import { detectLanguage } from "./detectLanguage.ts";
import { findLatinOfficialMentions } from "./en/findLatinOfficialMentions.ts";
import { findAgreements } from "./findAgreements.ts";
import { findMeetings } from "./findMeetings.ts";
import { findOrganizations } from "./findOrganizations.ts";
import { resolveOfficials } from "./resolveOfficials.ts";
import type { ExtractionResult, ExtractOptions } from "./types.ts";

/**
 * Extracts states, officials, organizations, agreements, meetings and their relations from one
 * article body. Pure and deterministic: the same text and options give the same result.
 * Throws ExtractInputError for empty or binary text.
 */
export function extractArticle(text: string, opts: ExtractOptions = {}): ExtractionResult {
  checkArticleText(text, Number.MAX_SAFE_INTEGER);
  const lang = opts.lang ?? detectLanguage(text);
  const published = opts.date && /^\d{4}-\d{2}-\d{2}$/.test(opts.date) ? opts.date : null;
  const a = analyzeText(text, lang, published);
  const states = buildStates(a);
  const officials = resolveOfficials(a, lang === "ar" ? findArabicOfficialMentions(a) : findLatinOfficialMentions(a));
  const organizations = findOrganizations(a);
  const agreements = findAgreements(a, officials);
  const meetings = findMeetings(a, officials, agreements);
  const relations = buildRelations({ officials, organizations, agreements, meetings });
  return { language: lang, publishedAt: published, states, officials, organizations, agreements, meetings, relations };
}
