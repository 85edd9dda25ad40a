/** The offsets of an evidence sentence and of the mention inside it, all relative to the article text. */
export interface EvidenceOffsets {
  sentence: string;
  start: number;
  spanStart: number;
  spanEnd: number;
}

/** A sentence cut around its mention, ready to render with the mention in a `<mark>`. */
export interface SplitSentence {
  before: string;
  mention: string;
  after: string;
}

/**
 * Cuts the sentence around the mention. The API gives offsets into the article, so they are
 * shifted by the sentence start; a span that falls outside the sentence yields no mention rather
 * than a wrong one.
 */
export function splitEvidenceSentence({ sentence, start, spanStart, spanEnd }: EvidenceOffsets): SplitSentence {
  const from = spanStart - start;
  const to = spanEnd - start;
  if (!(from >= 0 && to > from && to <= sentence.length)) {
    return { before: sentence, mention: "", after: "" };
  }
  return { before: sentence.slice(0, from), mention: sentence.slice(from, to), after: sentence.slice(to) };
}
