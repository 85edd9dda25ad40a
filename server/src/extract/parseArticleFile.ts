import { ExtractInputError } from "./ExtractInputError.ts";
import type { Language } from "./types.ts";

/** Metadata an article file may carry in front matter. */
export interface ArticleMeta {
  id?: string;
  title?: string;
  url?: string;
  source?: string;
  published?: string;
  language?: Language;
}

export interface ParsedArticle {
  meta: ArticleMeta;
  /** The article body: the text that offsets refer to. */
  body: string;
}

const KEYS = new Set(["id", "title", "url", "source", "published", "language"]);

/**
 * Splits optional front matter from an article:
 *
 *     ---
 *     title: ...
 *     published: 2022-03-30
 *     language: ar
 *     ---
 *     body...
 *
 * Only flat `key: value` lines are read (values may be quoted); unknown keys are ignored.
 */
export function parseArticleFile(text: string): ParsedArticle {
  const src = text.replace(/^\uFEFF/, "");
  const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(src);
  if (!m) return { meta: {}, body: src };
  const meta: Record<string, string> = {};
  for (const line of m[1]!.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!kv) throw new ExtractInputError("FRONT_MATTER", `front matter line is not "key: value": ${line.slice(0, 80)}`);
    const key = kv[1]!.toLowerCase();
    if (!KEYS.has(key)) continue;
    meta[key] = kv[2]!.trim().replace(/^(["'])(.*)\1$/, "$2");
  }
  if (meta.published && !/^\d{4}-\d{2}-\d{2}$/.test(meta.published)) {
    throw new ExtractInputError("FRONT_MATTER", `published must be YYYY-MM-DD, got "${meta.published}"`);
  }
  if (meta.language && !["ar", "en", "fr"].includes(meta.language)) {
    throw new ExtractInputError("FRONT_MATTER", `language must be ar, en or fr, got "${meta.language}"`);
  }
  return { meta: meta as ArticleMeta, body: src.slice(m[0].length) };
}
