/** A date expression found in the text, resolved to a partial date. */
export interface DateMention {
  /** Offsets in the original text. */
  start: number;
  end: number;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
  value: string;
  /** Resolved against the publication date ("yesterday", "last month", a weekday). */
  relative: boolean;
}

/** Keeps the longest of overlapping mentions, in text order. */
export function dropOverlappingDates(ms: DateMention[]): DateMention[] {
  const sorted = [...ms].sort((a, b) => (b.end - b.start) - (a.end - a.start) || b.value.length - a.value.length || a.start - b.start);
  const kept: DateMention[] = [];
  for (const m of sorted) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}
