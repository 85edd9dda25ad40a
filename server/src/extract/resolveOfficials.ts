import type { AnalyzedText } from "./AnalyzedText.ts";
import { dateline, dominantArticlePair } from "./clauseContext.ts";
import { evidenceFor } from "./evidenceFor.ts";
import { knownOfficialForShortForm, PATRONYMIC } from "./knownShortForms.ts";
import type { OfficialMention } from "./OfficialMention.ts";
import { transliterateArabicName } from "./ar/transliterateName.ts";
import { personNameKey } from "./personNameKey.ts";
import { STATES_BY_ISO2 } from "./stateLexicon.ts";
import { stripArticle, type Token } from "./tokenizeText.ts";
import type { ExtractedOfficial } from "./types.ts";

interface PersonDraft {
  mentions: OfficialMention[];
  fullTokens: string[];
  surfaces: string[];
  spans: [number, number][];
}

// Arabic case endings on names ("محمدا" accusative) are dropped for comparison.
const tokensOf = (a: AnalyzedText, m: { first: number; last: number }) =>
  a.tokens.slice(m.first, m.last + 1).map((t) => { const s = stripArticle(t.norm); return t.arabic && s.length > 3 ? s.replace(/ا$/, "") : s; });

/**
 * Merges official mentions into persons: the same known person, the same full name, or a short form
 * (surname, "آل نهيان") of a full name; then adds later short mentions of each person's surname.
 */
export function resolveOfficials(a: AnalyzedText, mentions: OfficialMention[]): ExtractedOfficial[] {
  const sorted = [...mentions].sort((x, y) => (y.last - y.first) - (x.last - x.first) || x.first - y.first);
  const persons: PersonDraft[] = [];
  const claimed = new Set<number>();
  for (const m of sorted) {
    const toks = tokensOf(a, m);
    const surface = a.text.slice(a.tokens[m.first]!.start, a.tokens[m.last]!.end);
    let p = persons.find((q) => (m.known && q.mentions.some((x) => x.known === m.known)) || sameOrShorter(toks, q.fullTokens));
    if (!p) {
      // A title-found name inside a known full name ("محمد بن زايد" inside "محمد بن زايد آل نهيان") joins it.
      p = { mentions: [], fullTokens: toks, surfaces: [], spans: [] };
      persons.push(p);
    }
    if (m.first <= m.last && !p.spans.some(([s, e]) => s <= m.first && m.last <= e)) p.spans.push([m.first, m.last]);
    p.mentions.push(m);
    if (!p.surfaces.includes(surface)) p.surfaces.push(surface);
    for (let i = m.first; i <= m.last; i++) claimed.add(i);
  }
  // Latin names with the same surname and first initial are one person ("Joe Biden", "Joseph R. Biden, Jr.").
  for (let i = 0; i < persons.length; i++) for (let j = persons.length - 1; j > i; j--) {
    const x = persons[i]!, y = persons[j]!;
    if (samePersonLatin(x.fullTokens, y.fullTokens)) { x.mentions.push(...y.mentions); x.surfaces.push(...y.surfaces.filter((s) => !x.surfaces.includes(s))); x.spans.push(...y.spans); persons.splice(j, 1); }
  }
  // "Sheikh Tamim" for "Tamim bin Hamad Al Thani": a lone given name joins the one patronymic name it opens.
  for (let i = persons.length - 1; i >= 0; i--) {
    const x = persons[i]!;
    if (x.fullTokens.length !== 1) continue;
    const owners = persons.filter((q) => q !== x && q.fullTokens.length >= 3 && q.fullTokens[0] === x.fullTokens[0] && PATRONYMIC.has(q.fullTokens[1]!));
    if (owners.length === 0) continue;
    // Two full names share the given name: the one its title's state names, else the one told last before it
    // (a bare "Sheikh Mohammed" is one of them, not a third person).
    const y = owners.length === 1 ? owners[0]! : nearestOwner(x, owners);
    y.mentions.push(...x.mentions); y.surfaces.push(...x.surfaces.filter((s) => !y.surfaces.includes(s))); y.spans.push(...x.spans);
    persons.splice(i, 1);
  }
  // Later short mentions: the surname alone, or a trailing "آل X" / "bin X" part.
  // Tokens by their matching forms, so each short form looks only at the tokens that can start it.
  const byForm = new Map<string, Token[]>();
  if (persons.some((p) => p.fullTokens.length >= 2)) {
    for (const t of a.tokens) {
      if (!t.arabic && !t.capitalized) continue;
      for (const c of new Set(t.cores.flatMap((c) => [c, stripArticle(c)]))) (byForm.get(c) ?? byForm.set(c, []).get(c)!).push(t);
    }
  }
  for (const p of persons) {
    if (p.fullTokens.length < 2) continue;
    const shorts = shortForms(p.fullTokens);
    const candidates = [...new Set(shorts.flatMap((s) => byForm.get(s[0]!) ?? []))].sort((x, y) => x.index - y.index);
    for (const t of candidates) {
      if (claimed.has(t.index)) continue;
      for (const s of shorts) {
        const n = s.length;
        const window = a.tokens.slice(t.index, t.index + n);
        if (window.length !== n || window.some((w) => claimed.has(w.index))) continue;
        // The first word may carry a clitic ("وبينت"); the surface leaves it out.
        const firstCore = t.cores.find((c) => stripArticle(c) === s[0] || c === s[0]);
        if (!firstCore || window.slice(1).some((w, k) => stripArticle(w.norm) !== s[k + 1])) continue;
        const prefix = t.norm.length - firstCore.length;
        const surface = a.text.slice(a.folded.offsets[t.foldedStart + prefix]!, window[n - 1]!.end);
        if (!p.surfaces.includes(surface)) p.surfaces.push(surface);
        for (const w of window) claimed.add(w.index);
        p.spans.push([t.index, window[n - 1]!.index]);
      }
    }
  }

  const focus = focusStates(a);
  const out: ExtractedOfficial[] = [];
  // Officials whose state only the context suggested; true when the article's leading state was the only clue.
  const guessed = new Map<ExtractedOfficial, boolean>();
  // Officials placed by the context and told accompanying someone: the token range of that mention.
  const companions = new Map<ExtractedOfficial, [number, number]>();
  // Those whose title is someone's ("his incoming foreign minister, X"): the token range of that mention.
  const owned = new Map<ExtractedOfficial, [number, number]>();
  for (const p of persons) {
    const titled = p.mentions.filter((m) => m.title);
    const stateFromTitle = titled.find((m) => m.state)?.state ?? null;
    // "Sheikh Tamim", "Tamim bin Hamad" with no fuller form in the article: the curated official it is short for.
    let known = p.mentions.find((m) => m.known)?.known ?? (titled.length ? knownOfficialForShortForm(p.fullTokens, stateFromTitle) : null);
    if (!known && titled.length === 0) continue;
    let state = stateFromTitle ?? (known && STATES_BY_ISO2.has(known.state) ? known.state : null);
    const fromContext = !state && !titled.some((m) => m.stateless);
    let weakGuess = false;
    if (fromContext) ({ state, weak: weakGuess } = contextState(a, p, focus, persons));
    // A given name alone placed by its sentence ("Qatar's emir, Sheikh Tamim"), not by the article's leading state.
    if (!known && fromContext && !weakGuess && p.fullTokens.length === 1) known = knownOfficialForShortForm(p.fullTokens, state);
    // An honorific that is part of a curated name ("Sheikh Hasina") is no office.
    const curatedNameWords = new Set((known?.nameLatin ?? "").toLowerCase().split(/\s+/));
    const offices = titled.filter((m) => !curatedNameWords.has((m.title ?? "").toLowerCase()));
    const titleMention = offices.find((m) => m.title !== "Counterpart" && m.title !== "Minister") ?? offices[0];
    let title = titleMention?.title === "Counterpart" ? (known?.title ?? counterpartTitle(a, persons, p)) : titleMention?.title ?? known?.title ?? null;
    // A title cut short of the curated one ("the chief minister of West Bengal" read as "Chief") takes it whole.
    if (known?.title && title && known.title.toLowerCase().startsWith(`${title.toLowerCase()} `)) title = known.title;
    const surfaces = [...p.surfaces].sort((x, y) => y.length - x.length);
    // A short form of a curated official ("Sheikh Tamim") is named in full, in the article's script, as elsewhere.
    if (known && !p.mentions.some((m) => m.known)) {
      const full = /[\u0600-\u06FF]/.test(surfaces[0]!) ? known.arabic[0]! : known.nameLatin;
      if (!surfaces.includes(full)) surfaces.unshift(full);
    }
    const fullest = surfaces[0]!;
    const isArabic = /[\u0600-\u06FF]/.test(fullest);
    // The curated English spelling, else a transliteration of the fullest Arabic form; either comes last in names.
    const nameLatin = known?.nameLatin ?? (isArabic ? transliterateArabicName(fullest) : null);
    const names = [...surfaces];
    if (nameLatin && (isArabic || a.lang !== "en") && !names.includes(nameLatin)) names.push(nameLatin);
    const spans = [...p.spans].sort((x, y) => x[0] - y[0]);
    out.push({
      // The id keeps the curated spelling or the rough letter key of the Arabic form, stable across versions.
      id: "person:" + personNameKey(known?.nameLatin ?? fullest),
      name: fullest,
      names,
      nameLatin: nameLatin ?? (isArabic ? null : fullest),
      title,
      titleOriginal: titleMention?.titleOriginal ?? null,
      state,
      organization: null,
      evidence: spans.slice(0, 5).map(([f, l]) => evidenceFor(a, a.tokens[f]!.start, a.tokens[l]!.end)),
      confidence: known ? 0.9 : stateFromTitle ? 0.8 : 0.6,
    });
    mentionSpans.set(out[out.length - 1]!, spans);
    if (fromContext) guessed.set(out[out.length - 1]!, weakGuess);
    const accompanying = fromContext ? accompanyingMention(a, p) : null;
    if (accompanying) companions.set(out[out.length - 1]!, accompanying);
    const possessed = fromContext && !accompanying ? possessiveTitleMention(a, p) : null;
    if (possessed) owned.set(out[out.length - 1]!, possessed);
  }
  for (const o of guessed.keys()) counterpartState(a, o, out, guessed);
  for (const [o, span] of companions) companionState(a, o, span, out);
  for (const [o, [start]] of owned) ownerState(a, o, start, out);
  const seen = new Set<string>();
  return out.filter((o) => (seen.has(o.id) ? false : (seen.add(o.id), true))).sort((x, y) => x.evidence[0]!.spanStart - y.evidence[0]!.spanStart);
}

// Every mention of each official as a token range; the evidence keeps only the first five, while finding an
// event's participants needs them all (a leader named a sixth time still takes part in what that sentence tells).
const mentionSpans = new WeakMap<ExtractedOfficial, [number, number][]>();

/** All token ranges where an official is named (the evidence spans when the official was not resolved here). */
export function officialMentionSpans(a: AnalyzedText, o: ExtractedOfficial): [number, number][] {
  const spans = mentionSpans.get(o);
  if (spans) return spans;
  const out: [number, number][] = [];
  for (const e of o.evidence) {
    const f = a.tokens.findIndex((t) => t.start >= e.spanStart), l = a.tokens.findLastIndex((t) => t.end <= e.spanEnd);
    if (f >= 0 && l >= f) out.push([f, l]);
  }
  return out;
}

/** Of several full names a lone given name may stand for, the one of its state, else the one named last before it. */
function nearestOwner(x: PersonDraft, owners: PersonDraft[]): PersonDraft {
  const stateOf = (p: PersonDraft) => p.mentions.find((m) => m.state)?.state ?? null;
  const own = stateOf(x);
  const sameState = own ? owners.filter((q) => stateOf(q) === own) : [];
  if (sameState.length === 1) return sameState[0]!;
  const at = Math.min(...x.spans.map(([f]) => f));
  const pool = sameState.length ? sameState : owners;
  const lastBefore = (q: PersonDraft) => Math.max(-1, ...q.spans.map(([, l]) => l).filter((l) => l < at));
  return [...pool].sort((p, q) => lastBefore(q) - lastBefore(p) || Math.min(...p.spans.map(([f]) => f)) - Math.min(...q.spans.map(([f]) => f)))[0]!;
}


function sameOrShorter(toks: string[], full: string[]): boolean {
  if (toks.length > full.length) return false;
  for (let i = 0; i + toks.length <= full.length; i++) if (toks.every((t, k) => full[i + k] === t)) return toks.length >= 2 || i + toks.length === full.length;
  return false;
}

function samePersonLatin(x: string[], y: string[]): boolean {
  if (!/^[a-z]/.test(x[0] ?? "") || !/^[a-z]/.test(y[0] ?? "")) return false;
  const lx = x.filter((t) => !/^(jr|sr|ii|iii)$/.test(t)), ly = y.filter((t) => !/^(jr|sr|ii|iii)$/.test(t));
  if (lx.length < 2 || ly.length < 2) return false;
  return lx[lx.length - 1] === ly[ly.length - 1] && lx[0]![0] === ly[0]![0];
}

// Common Chinese and Korean family names (romanized, lower case). "He" is left out: it is the pronoun at a sentence start.
const EAST_ASIAN_SURNAMES = new Set(("wang li zhang liu chen yang zhao huang zhou wu xu sun zhu gao lin guo ma luo liang song zheng xie han "
  + "tang feng dong xiao cao deng peng jiang cai ding wei ye pan du tian ren fan shi yao tan qin xi kim park choi moon yoon jung kang cho lee").split(" "));

function shortForms(full: string[]): string[][] {
  const out: string[][] = [];
  const plain = full.filter((t) => !/^(jr|sr|ii|iii)$/.test(t));
  const last = plain[plain.length - 1]!;
  const prev = plain[plain.length - 2];
  // "آل نهيان": a family name with آل is used on its own.
  if (prev === "ال" || prev === "al") out.push([prev, last]);
  else if (!/^(الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع)$/.test(last) && last.length > 2 && !["بن", "ابن", "bin"].includes(prev ?? "")) out.push([last]);
  // Chinese and Korean names put the family name first: "Wang" for Wang Yi, "Xi" for Xi Jinping.
  if (plain.length >= 2 && EAST_ASIAN_SURNAMES.has(plain[0]!) && plain[0] !== last) out.push([plain[0]!]);
  return out;
}

/** States ordered by how often the article mentions them. */
function focusStates(a: AnalyzedText): string[] {
  const counts = new Map<string, number>();
  for (const s of a.states) counts.set(s.iso2, (counts.get(s.iso2) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([k]) => k);
}

// Nouns a possessive state governs in a phrase of its own: "Russia's full-scale invasion", "China's military build-up".
const GOVERNED_NOUN = /^(invasion|war|attack|attacks|offensive|annexation|occupation|aggression|blockade|sanctions|bombardment|strikes|build-up|buildup|incursion)$/;

/** The state of a person no title places: a coordinated official's state, then the sentence, then the article. */
function contextState(a: AnalyzedText, p: PersonDraft, focus: string[], persons: PersonDraft[]): { state: string | null; weak: boolean } {
  const first = p.spans[0]?.[0] ?? 0;
  const sentence = a.tokenSentence[first];
  // A nisba inside another person's name ("محمد شياع السوداني") is not a state of the sentence.
  const inName = (s: { first: number; last: number }) => persons.some((q) => q.spans.some(([f, l]) => s.first >= f && s.last <= l));
  // "since Russia's full-scale invasion, and Prime Minister Justin Trudeau": a possessive state that governs another
  // noun is that noun's, not the person's ("Canada's Prime Minister Justin Trudeau" keeps it: only title words between).
  const possessiveOfOther = (s: { first: number; last: number }) => a.tokens[s.last + 1]?.norm === "s" && /^['’]$/.test(a.text.slice(a.tokens[s.last]!.end, a.tokens[s.last + 1]!.start))
    && a.tokens.slice(s.last + 2, Math.min(first, s.last + 6)).some((t) => GOVERNED_NOUN.test(t.norm));
  const inSentence = a.states.filter((s) => a.tokenSentence[s.first] === sentence && s.first < first && !inName(s) && !possessiveOfOther(s));
  if (inSentence.length) return { state: inSentence[inSentence.length - 1]!.iso2, weak: false };
  // A bare title in a report filed from a capital ("OTTAWA, Sept 23 - ... Defence Minister X said") is the
  // dateline state's, even when another state is named more often; failing a dateline, the most named state.
  return { state: dateline(a)?.iso2 ?? focus[0] ?? null, weak: true };
}

// Words that tell two people apart as the two sides of an encounter: "met", "held talks with", "signed ... with",
// "received", "استقبل", "التقى", "مع".
const COMPANION = /^(together|along|alongside|travelled|traveled|travelling|traveling|accompanied|joined|flew|ensemble|جنبا|سويا|جنب)$/;
const ENCOUNTER = /^(with|met|meets|received|receives|hosted|hosts|welcomed|greeted|avec|rencontre|recu|استقبل|استقبله|استقبلت|التقي|التقت|مع|ومع|بنظيره)$/;

/**
 * A person whose state only the context suggested, told meeting an official of one side of the article's pair in the
 * sentence that first names them ("Chancellor Friedrich Merz ... signed the document with Prime Minister Keir
 * Starmer", "held talks with Communist Party General Secretary Nguyen Phu Trong"): the person is of the other side,
 * when that pair clearly leads the article (not in a tour, where each stop pairs the traveller with another host).
 */
function counterpartState(a: AnalyzedText, o: ExtractedOfficial, out: ExtractedOfficial[], guessed: Map<ExtractedOfficial, boolean>): void {
  // Only a pair that clearly leads the article: in a tour each stop has its own pair.
  const pair = dominantArticlePair(a);
  const ownSpan = mentionSpans.get(o)?.[0];
  if (!ownSpan) return;
  const sentence = a.tokenSentence[ownSpan[0]];
  const sides = new Set<string>();
  for (const q of out) {
    // The other side is known from a title, the curated list or the sentence, not from the article's leading state alone.
    if (q === o || guessed.get(q) || !q.state) continue;
    for (const [f, l] of mentionSpans.get(q) ?? []) {
      if (a.tokenSentence[f] !== sentence) continue;
      const [lo, hi] = f < ownSpan[0] ? [l + 1, ownSpan[0] - 1] : [ownSpan[1] + 1, f - 1];
      // "travelled with", "together with", "accompanied with": a companion, not the other side.
      const encounter = (t: Token) => (ENCOUNTER.test(t.norm) || ENCOUNTER.test(t.cores.at(-1)!)) && !COMPANION.test(a.tokens[t.index - 1]?.norm ?? "");
      if (a.tokens.slice(lo, hi + 1).some(encounter)) sides.add(q.state);
    }
  }
  if (sides.size !== 1) return;
  const [side] = sides;
  if (pair) {
    if (pair.includes(side!)) o.state = pair.find((x) => x !== side)!;
    return;
  }
  // No leading pair (a tour): a person placed only by the article's leading state is of the state of the stop told
  // nearest before them: the latest other state named before them in their sentence ("will fly on to Mozambique,
  // where he is to meet President ..."), else the first one the sentence before names ("arrived in Kenya ..." then
  // "is due to hold talks with President William Ruto").
  if (!guessed.get(o)) return;
  const inNames = (m: { first: number; last: number }) => out.some((q) => (mentionSpans.get(q) ?? []).some(([f, l]) => m.first >= f && m.last <= l));
  const other = (m: { iso2: string; first: number; last: number }) => m.iso2 !== side && !inNames(m);
  const own = a.states.filter((m) => a.tokenSentence[m.first] === sentence && m.last < ownSpan[0] && other(m));
  const prev = sentence > 0 ? a.states.find((m) => a.tokenSentence[m.first] === sentence - 1 && other(m)) : undefined;
  const stop = own.length ? own[own.length - 1] : prev;
  if (stop) o.state = stop.iso2;
}

// "accompanied by", "accompagné de/par", "يرافقه", "ترافقه", "برفقة", "رافقه": the official named next travels with someone.
const ACCOMPANIED_AR = /^(يرافق|ترافق|رافق|برفق)(ه|ها|هما|هم|ته|تها|تهما)?$/;

/** The mention of a person told as accompanying someone ("accompanied by Foreign Minister X", "يرافقه وزير الخارجية X"). */
function accompanyingMention(a: AnalyzedText, p: PersonDraft): [number, number] | null {
  for (const m of p.mentions) {
    const s = m.titleFirst ?? m.first;
    let k = s - 1;
    if (k >= 0 && /^(his|her|their|its|son|sa|ses|leur)$/.test(a.tokens[k]!.norm)) k--;
    const t = a.tokens[k], before = a.tokens[k - 1];
    if (!t || a.tokenSentence[k] !== a.tokenSentence[m.first]) continue;
    const latin = before && /^(by|de|par)$/.test(t.norm) && /^(accompanied|accompagnee?s?)$/.test(before.norm);
    const arabic = t.arabic && t.cores.slice(0, 2).some((c) => ACCOMPANIED_AR.test(c));
    if (latin || arabic) return [s, m.last];
  }
  return null;
}

/**
 * A person the context alone placed, told accompanying another official ("Yoon, who was accompanied by Foreign
 * Minister Park Jin", "وصل الرئيس ... يرافقه وزير الخارجية ..."), serves that official's state: the official named
 * nearest before in the sentence, else the nearest after ("Accompanied by X, President Y arrived").
 */
function companionState(a: AnalyzedText, o: ExtractedOfficial, [start, end]: [number, number], out: ExtractedOfficial[]): void {
  const sentence = a.tokenSentence[start];
  let before: { q: ExtractedOfficial; at: number } | null = null, after: { q: ExtractedOfficial; at: number } | null = null;
  for (const q of out) {
    if (q === o || !q.state) continue;
    for (const [f, l] of mentionSpans.get(q) ?? []) {
      if (a.tokenSentence[f] !== sentence) continue;
      if (l < start && (!before || l > before.at)) before = { q, at: l };
      if (f > end && (!after || f < after.at)) after = { q, at: f };
    }
  }
  const host = (before ?? after)?.q;
  if (host) o.state = host.state;
}

/** A mention whose title is introduced by "his", "her", "their" ("his incoming foreign minister, X"); not a counterpart. */
function possessiveTitleMention(a: AnalyzedText, p: PersonDraft): [number, number] | null {
  for (const m of p.mentions) {
    if (m.titleFirst === null || m.title === "Counterpart" || /counterpart|homologue/i.test(m.titleOriginal ?? "")) continue;
    const t = a.tokens[m.titleFirst - 1];
    if (t && a.tokenSentence[t.index] === a.tokenSentence[m.first] && /^(his|her|their)$/.test(t.norm)) return [m.titleFirst, m.last];
  }
  return null;
}

/**
 * A person the context alone placed whose title is another's ("Petro took office ... his incoming foreign minister,
 * Álvaro Leyva") serves the state of the official named last before it, in its sentence or the two before.
 */
function ownerState(a: AnalyzedText, o: ExtractedOfficial, start: number, out: ExtractedOfficial[]): void {
  const sentence = a.tokenSentence[start]!;
  let best: { q: ExtractedOfficial; at: number } | null = null;
  for (const q of out) {
    if (q === o || !q.state) continue;
    for (const [f, l] of mentionSpans.get(q) ?? []) {
      const s = a.tokenSentence[f]!;
      if (l < start && s >= sentence - 2 && (!best || l > best.at)) best = { q, at: l };
    }
  }
  if (best) o.state = best.q.state;
}

function counterpartTitle(a: AnalyzedText, persons: PersonDraft[], p: PersonDraft): string | null {
  const sentence = a.tokenSentence[p.spans[0]?.[0] ?? 0];
  for (const q of persons) {
    if (q === p) continue;
    const m = q.mentions.find((x) => x.title && x.title !== "Counterpart" && a.tokenSentence[x.first] === sentence);
    if (m) return m.title;
  }
  for (const q of persons) { const m = q.mentions.find((x) => x.title && x.title !== "Counterpart"); if (m && q !== p) return m.title; }
  return "Counterpart";
}
