import type { AnalyzedText } from "./AnalyzedText.ts";
import type { Evidence } from "./types.ts";

/** Evidence for a span: the sentence holding it and the span's offsets, all in the original text. */
export function evidenceFor(a: AnalyzedText, spanStart: number, spanEnd: number): Evidence {
  let lo = 0, hi = a.sentences.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = a.sentences[mid]!;
    if (spanStart < s.start) hi = mid - 1;
    else if (spanStart >= s.end) lo = mid + 1;
    else { found = mid; break; }
  }
  const s = found >= 0 ? a.sentences[found]! : { start: spanStart, end: spanEnd, text: a.text.slice(spanStart, spanEnd) };
  return { sentence: s.text, start: s.start, end: Math.max(s.end, spanEnd), spanStart, spanEnd: Math.min(spanEnd, Math.max(s.end, spanEnd)) };
}
