import type { ArticleEntityFields } from "../../api/articleQuery.ts";

/** A run of article text, marked when it is a mention of an entity. */
export interface TextSegment {
  text: string;
  entity: ArticleEntityFields["node"] | null;
}

/**
 * Cuts the article text into plain runs and entity mentions. Spans are UTF-16 offsets, like JS
 * strings. Where spans overlap, the one starting first (then the longer) wins; spans outside the
 * text are skipped rather than trusted.
 */
export function markArticleText(text: string, entities: readonly ArticleEntityFields[]): TextSegment[] {
  const spans = entities
    .flatMap((entity) => entity.spans.map((span) => ({ ...span, node: entity.node })))
    .filter((span) => span.start >= 0 && span.end > span.start && span.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue;
    if (span.start > cursor) segments.push({ text: text.slice(cursor, span.start), entity: null });
    segments.push({ text: text.slice(span.start, span.end), entity: span.node });
    cursor = span.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), entity: null });
  return segments;
}
