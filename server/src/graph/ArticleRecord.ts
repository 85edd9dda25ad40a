import type { Language } from "../extract/types.ts";

/** An article as stored: what the loader writes on the Article node. */
export interface ArticleRecord {
  /** Global id, "article:" + caller's id or a stable hash. */
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  language: Language;
  publishedAt: string | null;
  text: string;
}
