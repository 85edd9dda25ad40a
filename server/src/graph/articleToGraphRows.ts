import { createHash } from "node:crypto";
import { searchKey } from "../resolve/searchKey.ts";
import { personNameSkeleton } from "../resolve/personNameSkeleton.ts";
import { partyKeyOf } from "../resolve/ResolvableEntity.ts";
import type { Evidence, ExtractionResult, RelationType } from "../extract/types.ts";
import type { ArticleRecord } from "./ArticleRecord.ts";
import { datePrecision } from "./dateRange.ts";
import { isArabic } from "./toGraphNode.ts";

/** Relationship types the loader may write; Cypher names come only from this list. */
export const RELATION_TYPES: readonly RelationType[] = [
  "PARTY_TO", "SIGNED", "PARTICIPATED_IN", "HELD_IN", "PRODUCED", "HOLDS_OFFICE", "PART_OF", "BUILDS_ON",
];

export interface NodeRow { id: string; props: Record<string, unknown>; aliases: string[]; keys: string[] }
export interface RelRow { from: string; to: string; role: string | null; title: string | null; confidence: number; evidence: string[] }
export interface MentionRow { id: string; spans: number[]; evidence: string[] }

export interface GraphRows {
  article: Record<string, unknown>;
  nodes: { State: NodeRow[]; Person: NodeRow[]; Organization: NodeRow[]; Agreement: NodeRow[]; Meeting: NodeRow[] };
  rels: Record<RelationType, RelRow[]>;
  mentions: MentionRow[];
}

/**
 * Part of every article's content hash. The facts read from an article are hashed too, so a change
 * in what extraction yields refreshes claims by itself; bump this when the same facts are written
 * differently (a new property, another evidence encoding).
 */
export const LOADER_VERSION = "2";

/**
 * Evidence on relationships is a list of strings "articleId|sentenceStart|sentenceEnd|spanStart|spanEnd";
 * the sentence itself is cut from the article text when read, so it is stored once.
 */
export function encodeEvidence(articleId: string, e: Evidence): string {
  return `${articleId}|${e.start}|${e.end}|${e.spanStart}|${e.spanEnd}`;
}

/**
 * What an article's node records: its text and what Entente read from it. The facts are part of it,
 * so an article whose extraction changed (a newer Entente, a corrected extraction) is "updated" and
 * its claims are replaced, not kept as they were because the text is the same.
 */
export function contentHash(article: ArticleRecord, facts: unknown = null): string {
  return createHash("sha256")
    .update(JSON.stringify([LOADER_VERSION, article.text, article.publishedAt, article.language, article.title, facts]))
    .digest("hex");
}

export const precision = datePrecision;

const KIND_LABEL: Record<string, string> = {
  mou: "MoU", treaty: "Treaty", agreement: "Agreement", accord: "Accord", declaration: "Declaration", deal: "Deal",
  visit: "Visit", summit: "Summit", meeting: "Meeting", call: "Call", exercise: "Exercise", conference: "Conference",
};

function composedLabel(kind: string, isos: string[], date: string | null, domains: string[] = []): string {
  const what = [domains[0] ? domains[0][0]!.toUpperCase() + domains[0].slice(1) : "", KIND_LABEL[kind] ?? kind].filter(Boolean).join(" ");
  return [what, isos.join("–"), date ?? ""].filter(Boolean).join(" ");
}

/** Maps one extraction to the rows the loader's Cypher consumes (pure). */
export function articleToGraphRows(article: ArticleRecord, x: ExtractionResult): GraphRows {
  const aid = article.id;
  const ev = (list: Evidence[]) => [...new Set(list.map((e) => encodeEvidence(aid, e)))];
  const keysOf = (names: string[]) => [...new Set(names.map(searchKey).filter(Boolean))];
  const mentions = new Map<string, MentionRow>();
  const mention = (id: string, list: Evidence[]) => {
    const row = mentions.get(id) ?? { id, spans: [], evidence: [] };
    for (const e of list) row.spans.push(e.spanStart, e.spanEnd);
    row.evidence = [...new Set([...row.evidence, ...ev(list)])];
    mentions.set(id, row);
  };

  const State = x.states.map((s) => {
    const id = `state:${s.iso2}`;
    mention(id, s.evidence);
    const aliases = [...new Set(s.surfaces)];
    return {
      id, aliases,
      keys: keysOf([s.names.en, s.names.ar, s.names.fr, ...aliases]),
      props: { iso2: s.iso2, name: s.names.en || s.name, nameEn: s.names.en, nameAr: s.names.ar, nameFr: s.names.fr },
    };
  });
  const Person = x.officials.map((p) => {
    mention(p.id, p.evidence);
    const aliases = [...new Set([...p.names, ...(p.nameLatin ? [p.nameLatin] : [])])];
    return {
      id: p.id, aliases, keys: keysOf(aliases),
      props: {
        name: p.name, nameLatin: p.nameLatin, lang: x.language, title: p.title, titleOriginal: p.titleOriginal, stateIso2: p.state,
        nameSkeleton: personNameSkeleton(p.name),
      },
    };
  });
  const Organization = x.organizations.map((o) => {
    mention(o.id, o.evidence);
    const aliases = [...new Set(o.names.concat(o.name))];
    return { id: o.id, aliases, keys: keysOf(aliases), props: { name: o.name, kind: o.kind, stateIso2: o.state, lang: x.language } };
  });
  const Agreement = x.agreements.map((a) => {
    mention(a.id, a.evidence);
    const composed = composedLabel(a.kind, a.parties, a.date, a.domains);
    const label = a.name ?? composed;
    const aliases = a.name ? [a.name] : [];
    return {
      id: a.id, aliases, keys: keysOf([label, ...aliases]),
      props: {
        // An Arabic name gets the composed English label beside it, for the English interface.
        kind: a.kind, name: a.name, label, labelEn: isArabic(label) ? composed : label, lang: a.name ? x.language : "en", domains: a.domains, signedOn: a.date,
        signedOnPrecision: precision(a.date), status: a.status, partyIso2: a.parties, partyKey: partyKeyOf(a.parties),
      },
    };
  });
  const Meeting = x.meetings.map((m) => {
    mention(m.id, m.evidence);
    const composed = composedLabel(m.kind, m.host ? [m.host] : m.participants, m.date);
    const label = m.name ?? composed;
    const aliases = m.name ? [m.name] : [];
    return {
      id: m.id, aliases, keys: keysOf([label, ...aliases]),
      props: {
        kind: m.kind, name: m.name, label, labelEn: isArabic(label) ? composed : label, lang: m.name ? x.language : "en", startDate: m.date, startPrecision: precision(m.date),
        endDate: m.endDate, endPrecision: precision(m.endDate), hostIso2: m.host, location: m.location, participantIso2: m.participants,
        partyKey: partyKeyOf(m.participants),
      },
    };
  });

  const known = new Set([...State, ...Person, ...Organization, ...Agreement, ...Meeting].map((n) => n.id));
  const rels = Object.fromEntries(RELATION_TYPES.map((t) => [t, [] as RelRow[]])) as Record<RelationType, RelRow[]>;
  const seen = new Map<string, RelRow>();
  for (const r of x.relations) {
    if (!RELATION_TYPES.includes(r.type) || !known.has(r.from) || !known.has(r.to) || r.from === r.to) continue;
    const key = `${r.type}|${r.from}|${r.to}`;
    const prev = seen.get(key);
    if (prev) {
      prev.evidence = [...new Set([...prev.evidence, ...ev(r.evidence)])];
      prev.confidence = Math.max(prev.confidence, r.confidence);
      continue;
    }
    const row: RelRow = { from: r.from, to: r.to, role: r.role ?? null, title: r.title ?? null, confidence: r.confidence, evidence: ev(r.evidence) };
    seen.set(key, row);
    rels[r.type].push(row);
  }

  const nodes = { State, Person, Organization, Agreement, Meeting };
  const mentionRows = [...mentions.values()];
  return {
    article: {
      id: aid, title: article.title, url: article.url, source: article.source, language: article.language,
      publishedAt: article.publishedAt, text: article.text, contentHash: contentHash(article, [nodes, rels, mentionRows]),
    },
    nodes,
    rels,
    mentions: mentionRows,
  };
}
