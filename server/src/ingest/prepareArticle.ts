import { createHash } from "node:crypto";
import { decodeArticleBytes, checkArticleText } from "../extract/decodeArticleBytes.ts";
import { detectLanguage } from "../extract/detectLanguage.ts";
import { extractArticle } from "../extract/extractArticle.ts";
import { ExtractInputError } from "../extract/ExtractInputError.ts";
import { parseArticleFile, type ArticleMeta } from "../extract/parseArticleFile.ts";
import type { ExtractionResult, Language } from "../extract/types.ts";
import type { ArticleRecord } from "../graph/ArticleRecord.ts";

export interface PreparedArticle {
  article: ArticleRecord;
  extraction: ExtractionResult;
}

/** Ids the caller may choose: they end up in evidence strings split on "|". */
const ID_PATTERN = /^[A-Za-z0-9._:\-]{1,120}$/;

/** A stable id from the source and the normalized text, when the caller gives none. */
export function articleIdFor(meta: ArticleMeta, body: string): string {
  if (meta.id) {
    if (!ID_PATTERN.test(meta.id)) throw new ExtractInputError("FRONT_MATTER", "id may only hold letters, digits, '.', '_', ':' and '-' (at most 120)");
    return meta.id.startsWith("article:") ? meta.id : `article:${meta.id}`;
  }
  const normalized = body.normalize("NFC").replace(/\s+/g, " ").trim();
  return `article:${createHash("sha256").update(`${meta.source ?? ""}\n${normalized}`).digest("hex").slice(0, 20)}`;
}

/** From text with optional front matter (and caller metadata that wins over it) to an article and its extraction. */
export function prepareArticleText(text: string, overrides: ArticleMeta = {}, maxBytes?: number): PreparedArticle {
  const parsed = parseArticleFile(checkArticleText(text, maxBytes));
  const meta: ArticleMeta = { ...parsed.meta, ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v != null)) };
  const body = checkArticleText(parsed.body, maxBytes);
  // Caller metadata (JSON fields, API input) has not been through the front matter's checks.
  if (meta.language !== undefined && !["ar", "en", "fr"].includes(meta.language)) {
    throw new ExtractInputError("FRONT_MATTER", `language must be ar, en or fr, got "${String(meta.language).slice(0, 20)}"`);
  }
  if (meta.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(meta.published)) {
    throw new ExtractInputError("FRONT_MATTER", `published must be YYYY-MM-DD, got "${String(meta.published).slice(0, 20)}"`);
  }
  const language: Language = meta.language ?? detectLanguage(body);
  const extraction = extractArticle(body, { date: meta.published ?? null, lang: language });
  return {
    article: {
      id: articleIdFor(meta, body),
      title: meta.title ?? firstLine(body),
      url: meta.url ?? null,
      source: meta.source ?? null,
      language,
      publishedAt: meta.published ?? null,
      text: body,
    },
    extraction,
  };
}

/** The same from raw file bytes: empty, binary, oversized or mis-encoded input is refused clearly. */
export function prepareArticleBytes(bytes: Uint8Array, overrides: ArticleMeta = {}, maxBytes?: number): PreparedArticle {
  return prepareArticleText(decodeArticleBytes(bytes, maxBytes), overrides, maxBytes);
}

function firstLine(body: string): string {
  const line = body.split(/\r?\n/).map((l) => l.trim()).find(Boolean) ?? "";
  return line.length > 140 ? `${line.slice(0, 137)}...` : line;
}
