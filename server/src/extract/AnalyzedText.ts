import type { DateMention } from "./DateMention.ts";
import { findDates } from "./findDates.ts";
import { findStateMentions, type StateMention } from "./findStateMentions.ts";
import { normalizeForMatching, type NormalizedText } from "./normalizeForMatching.ts";
import { splitSentences, type Sentence } from "./splitSentences.ts";
import { tokenizeText, type Token } from "./tokenizeText.ts";
import type { Language } from "./types.ts";

/** The article prepared once for every finder: folded text, tokens, sentences, states and dates. */
export interface AnalyzedText {
  text: string;
  lang: Language;
  published: string | null;
  folded: NormalizedText;
  tokens: Token[];
  sentences: Sentence[];
  /** Sentence index of each token. */
  tokenSentence: Int32Array;
  /** First and last token index of each sentence (last < first when empty). */
  sentenceTokens: [number, number][];
  states: StateMention[];
  /** The state mention covering each token, if any. */
  stateAt: (StateMention | undefined)[];
  dates: DateMention[];
}

export function analyzeText(text: string, lang: Language, published: string | null): AnalyzedText {
  const folded = normalizeForMatching(text);
  const tokens = tokenizeText(folded);
  const sentences = splitSentences(text);
  const tokenSentence = new Int32Array(tokens.length);
  const sentenceTokens: [number, number][] = sentences.map(() => [0, -1]);
  let s = 0;
  for (const t of tokens) {
    while (s < sentences.length - 1 && t.start >= sentences[s]!.end) s++;
    tokenSentence[t.index] = s;
    const range = sentenceTokens[s];
    if (range) { if (range[1] < range[0]) range[0] = t.index; range[1] = t.index; }
  }
  const states = findStateMentions(text, tokens);
  const stateAt: (StateMention | undefined)[] = new Array(tokens.length);
  for (const m of states) for (let i = m.first; i <= m.last; i++) stateAt[i] = m;
  const dates = findDates(folded, sentences, lang, published);
  return { text, lang, published, folded, tokens, sentences, tokenSentence, sentenceTokens, states, stateAt, dates };
}

/** The original text between two tokens (what separates them: spaces, commas, quotes). */
export function gapBetween(a: AnalyzedText, left: number, right: number): string {
  return a.text.slice(a.tokens[left]!.end, a.tokens[right]!.start);
}
