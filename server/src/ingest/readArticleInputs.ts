import { readFileSync, statSync } from "node:fs";
import { extname, relative } from "node:path";
import { globSync } from "tinyglobby";
import { ExtractInputError, type InputErrorCode } from "../extract/ExtractInputError.ts";
import { decodeArticleBytes } from "../extract/decodeArticleBytes.ts";
import type { ArticleMeta } from "../extract/parseArticleFile.ts";
import type { Language } from "../extract/types.ts";

export const ARTICLE_EXTENSIONS = [".txt", ".md", ".json", ".jsonl"];

/** Why an input was refused: the extraction's codes, and those of the file formats. */
export type ArticleInputErrorCode = InputErrorCode | "EXTENSION" | "UNREADABLE" | "INVALID_JSON" | "BAD_RECORD";

/** One article read from disk, or the reason it could not be read; `where` names file and entry. */
export type ArticleInput =
  | { where: string; text: string; meta: ArticleMeta }
  | { where: string; error: string; code: ArticleInputErrorCode };

/** Expands files, folders (recursively) and glob patterns into article files, sorted, without duplicates. */
export function expandPaths(paths: string[], cwd = process.cwd()): { files: string[]; problems: string[] } {
  const files = new Set<string>();
  const problems: string[] = [];
  for (const p of paths) {
    let st: ReturnType<typeof statSync> | null = null;
    try { st = statSync(p); } catch { st = null; }
    if (st?.isDirectory()) {
      for (const f of globSync(ARTICLE_EXTENSIONS.map((e) => `**/*${e}`), { cwd: p, absolute: true })) files.add(f);
    } else if (st?.isFile()) {
      files.add(p);
    } else {
      const matches = globSync(p, { cwd, absolute: true });
      if (matches.length === 0) problems.push(`${p}: no such file, folder or matching glob`);
      for (const f of matches) files.add(f);
    }
  }
  return { files: [...files].map((f) => relative(cwd, f) || f).sort(), problems };
}

const JSON_FIELDS = ["id", "title", "url", "source", "published", "language"] as const;

function fromRecord(where: string, rec: unknown, maxBytes: number): ArticleInput {
  if (typeof rec !== "object" || rec === null || Array.isArray(rec)) return { where, error: "expected an object with a text field", code: "BAD_RECORD" };
  const r = rec as Record<string, unknown>;
  if (typeof r.text !== "string") return { where, error: "the object has no string field \"text\"", code: "BAD_RECORD" };
  const meta: ArticleMeta = {};
  for (const k of JSON_FIELDS) {
    const v = r[k] ?? (k === "published" ? r.publishedAt : k === "language" ? r.lang : undefined);
    if (v == null) continue;
    if (typeof v !== "string") return { where, error: `field "${k}" must be a string`, code: "BAD_RECORD" };
    if (k === "language") meta.language = v as Language;
    else meta[k] = v;
  }
  if (Buffer.byteLength(r.text) > maxBytes) return { where, error: `the article is over the limit of ${maxBytes} bytes`, code: "TOO_LARGE" };
  return { where, text: r.text, meta };
}

/** Reads one file into its articles: one for .txt/.md, one or many for .json and .jsonl. */
export function readArticleFile(file: string, maxBytes: number): ArticleInput[] {
  const ext = extname(file).toLowerCase();
  if (!ARTICLE_EXTENSIONS.includes(ext)) return [{ where: file, error: `unknown extension "${ext}" (use ${ARTICLE_EXTENSIONS.join(", ")})`, code: "EXTENSION" }];
  let text: string;
  try {
    const bytes = readFileSync(file);
    // A .json/.jsonl file may hold many articles, so its limit is per article, checked below.
    text = decodeArticleBytes(bytes, ext === ".json" || ext === ".jsonl" ? Math.max(maxBytes, bytes.length) : maxBytes);
  } catch (e) {
    return [e instanceof ExtractInputError ? { where: file, error: e.message, code: e.code } : { where: file, error: `cannot read: ${(e as Error).message}`, code: "UNREADABLE" }];
  }
  if (ext === ".txt" || ext === ".md") return [{ where: file, text, meta: {} }];
  if (ext === ".json") {
    let data: unknown;
    try { data = JSON.parse(text); } catch (e) { return [{ where: file, error: `invalid JSON: ${(e as Error).message}`, code: "INVALID_JSON" }]; }
    return Array.isArray(data) ? data.map((rec, i) => fromRecord(`${file}[${i}]`, rec, maxBytes)) : [fromRecord(file, data, maxBytes)];
  }
  return text.split(/\r?\n/).flatMap((line, i) => {
    if (!line.trim()) return [];
    try { return [fromRecord(`${file}:${i + 1}`, JSON.parse(line), maxBytes)]; } catch (e) { return [{ where: `${file}:${i + 1}`, error: `invalid JSON: ${(e as Error).message}`, code: "INVALID_JSON" }]; }
  });
}
