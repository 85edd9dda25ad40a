import { foldForKey } from "./normalizeForMatching.ts";
import { stripArticle, type Token } from "./tokenizeText.ts";

/** How the surface of a Latin-script match must be written. */
export type CaseRule = "any" | "capitalized" | "upper";

export interface PhraseEntry<P> {
  tokens: string[];
  payload: P;
  caseRule: CaseRule;
}

export interface PhraseMatch<P> {
  payload: P;
  /** Token index range [first, last]. */
  first: number;
  last: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/** Folds a phrase into the token keys the matcher compares (Arabic article stripped per token). */
export function phraseKeys(phrase: string): string[] {
  return (foldForKey(phrase).match(WORD) ?? []).map(stripArticle);
}

/**
 * Finds gazetteer phrases in a token stream, longest first. The first token may carry Arabic clitics
 * (و ف ب ل ك ال); later tokens are compared without their article, so "الإمارات العربية المتحدة"
 * matches "وبالإمارات العربية المتحدة".
 */
export class PhraseMatcher<P> {
  private readonly byFirst = new Map<string, PhraseEntry<P>[]>();

  add(phrase: string, payload: P, caseRule: CaseRule = "any"): void {
    const tokens = phraseKeys(phrase);
    if (tokens.length === 0) return;
    const list = this.byFirst.get(tokens[0]!) ?? [];
    if (list.some((e) => e.tokens.join(" ") === tokens.join(" ") && e.caseRule === caseRule)) return;
    list.push({ tokens, payload, caseRule });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    this.byFirst.set(tokens[0]!, list);
  }

  /** The longest entry starting at token i, or null. */
  matchAt(tokens: Token[], i: number): PhraseMatch<P> | null {
    // Callers look one token past a phrase ("right after the event word"): past the text's end there is nothing.
    const t = tokens[i];
    if (!t) return null;
    for (const core of t.cores) {
      const candidates = this.byFirst.get(core) ?? (core.length >= 4 ? this.byFirst.get(stripArticle(core)) : undefined);
      if (!candidates) continue;
      for (const e of candidates) {
        if (i + e.tokens.length > tokens.length) continue;
        let ok = true;
        for (let j = 1; j < e.tokens.length && ok; j++) {
          const tj = tokens[i + j]!;
          ok = tj.bare === e.tokens[j] && tj.start - tokens[i + j - 1]!.end <= 3;
        }
        if (!ok || !caseAllows(e.caseRule, tokens, i, e.tokens.length)) continue;
        return { payload: e.payload, first: i, last: i + e.tokens.length - 1 };
      }
    }
    return null;
  }

  /** All non-overlapping matches, scanning left to right. */
  matchAll(tokens: Token[], from = 0, to = tokens.length): PhraseMatch<P>[] {
    const out: PhraseMatch<P>[] = [];
    for (let i = from; i < to; i++) {
      const m = this.matchAt(tokens, i);
      if (m && m.last < to) { out.push(m); i = m.last; }
    }
    return out;
  }
}

function caseAllows(rule: CaseRule, tokens: Token[], i: number, n: number): boolean {
  if (rule === "any" || tokens[i]!.arabic) return true;
  if (rule === "upper") {
    for (let j = i; j < i + n; j++) if (!tokens[j]!.allCaps && !(tokens[j]!.norm.length === 1 && tokens[j]!.capitalized)) return false;
    return true;
  }
  return tokens[i]!.capitalized;
}
