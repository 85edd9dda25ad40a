import type { ManagedTransaction } from "neo4j-driver";
import { readTx, type GraphContext } from "./GraphContext.ts";
import { RELATION_TYPES } from "./articleToGraphRows.ts";
import { resolveEvidence } from "./resolveEvidence.ts";
import { labelOf, toGraphNode, type EntityLabel, type GraphNodeRow } from "./toGraphNode.ts";

export interface EvidenceRow {
  articleId: string;
  articleTitle: string | null;
  language: string | null;
  publishedAt: string | null;
  sentence: string;
  start: number;
  end: number;
  spanStart: number;
  spanEnd: number;
}

export interface RelationshipRow {
  type: string;
  direction: "OUT" | "IN";
  other: GraphNodeRow;
  role: string | null;
  title: string | null;
  confidence: number | null;
  sourceCount: number;
  /** The first MAX_EVIDENCE_PER_RELATIONSHIP sentences. */
  evidence: EvidenceRow[];
  /** Every sentence stored for it. */
  evidenceCount: number;
}

/** A slice of a list and the length of the whole list. */
export interface Page<T> {
  items: T[];
  totalCount: number;
}

/** Which relationships to fetch: of these types, sorted by type then the other node's id. */
export interface RelationshipsPage {
  types: readonly string[];
  offset: number;
  limit: number;
}

/** Which mentions to fetch: newest article first, then in the order of the text. */
export interface MentionsPage {
  offset: number;
  limit: number;
}

export interface EntityProps {
  label: EntityLabel;
  props: Record<string, unknown>;
}

export interface EntityDetails extends EntityProps {
  relationships: RelationshipRow[];
  relationshipCount: number;
  mentions: EvidenceRow[];
  mentionCount: number;
}

/** Evidence sentences listed per relationship; the entity's `mentions` pages through all of them. */
export const MAX_EVIDENCE_PER_RELATIONSHIP = 50;
/** What `findEntity` returns at most per entity (the API pages with its own sizes). */
export const DETAILS_PAGE = 500;

const PROPS = "{.*, text: null, searchText: null, searchKey: null, searchKeys: null}";

/** Labels and properties of many entities (no relationships), in one statement. */
export async function findEntityProps(ctx: GraphContext, ids: readonly string[]): Promise<Map<string, EntityProps>> {
  const out = new Map<string, EntityProps>();
  if (ids.length === 0) return out;
  return readTx(ctx, async (tx) => {
    const res = await tx.run(`UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id AS id, n ${PROPS} AS props, labels(n) AS labels`, { ids: [...new Set(ids)] });
    for (const rec of res.records) out.set(rec.get("id"), { label: labelOf(rec.get("labels")), props: rec.get("props") });
    return out;
  });
}

/** One entity with its first relationships and mentions (up to DETAILS_PAGE each); null when absent or of another label. */
export async function findEntity(ctx: GraphContext, id: string, expected?: EntityLabel): Promise<EntityDetails | null> {
  const page = { offset: 0, limit: DETAILS_PAGE };
  const found = await readTx(ctx, async (tx) => {
    const res = await tx.run(`MATCH (n:Entity {id: $id}) RETURN n ${PROPS} AS props, labels(n) AS labels`, { id });
    const rec = res.records[0];
    if (!rec) return null;
    const [r, m] = (await pagesInTx(tx, [
      { id, list: "relationships", page: { ...page, types: RELATION_TYPES } },
      { id, list: "mentions", page },
    ])) as [Page<RelationshipRow>, Page<EvidenceRow>];
    return {
      label: labelOf(rec.get("labels")),
      props: rec.get("props") as Record<string, unknown>,
      relationships: r.items,
      relationshipCount: r.totalCount,
      mentions: m.items,
      mentionCount: m.totalCount,
    } satisfies EntityDetails;
  });
  return found && (!expected || found.label === expected) ? found : null;
}

/** A page request for one entity, as DataLoader batches them: relationships or mentions. */
export type PageRequest =
  | { id: string; list: "relationships"; page: RelationshipsPage }
  | { id: string; list: "mentions"; page: MentionsPage };

/**
 * Pages of relationships or mentions for many entities in one read transaction: one statement per
 * distinct page shape (a request usually has one), and one more that cuts every evidence sentence
 * from its article. Results come in the order of the requests; absent entities get empty pages.
 */
export async function findEntityPages(ctx: GraphContext, requests: readonly PageRequest[]): Promise<(Page<RelationshipRow> | Page<EvidenceRow>)[]> {
  return readTx(ctx, (tx) => pagesInTx(tx, requests));
}

async function pagesInTx(tx: ManagedTransaction, requests: readonly PageRequest[]): Promise<(Page<RelationshipRow> | Page<EvidenceRow>)[]> {
  const groups = new Map<string, PageRequest[]>();
  for (const request of requests) {
    const key = `${request.list}:${JSON.stringify(request.page)}`;
    groups.set(key, [...(groups.get(key) ?? []), request]);
  }
  const rawRels = new Map<string, Page<RawRelationship>>();
  const rawMentions = new Map<string, Page<string>>();
  await Promise.all([...groups].map(async ([key, group]) => {
    const ids = group.map((r) => r.id);
    const first = group[0]!;
    if (first.list === "relationships") for (const [id, p] of await rawRelationshipPages(tx, ids, first.page)) rawRels.set(`${key}|${id}`, p);
    else for (const [id, p] of await rawMentionPages(tx, ids, first.page)) rawMentions.set(`${key}|${id}`, p);
  }));
  const refs = [...[...rawRels.values()].flatMap((p) => p.items.flatMap((x) => x.evidence ?? [])), ...[...rawMentions.values()].flatMap((p) => p.items)];
  const byKey = await resolveEvidence(tx, refs);
  const results = new Map<string, Page<RelationshipRow> | Page<EvidenceRow>>();
  for (const [k, p] of rawRels) results.set(k, { items: p.items.map((x) => toRelationship(x, byKey)), totalCount: p.totalCount });
  for (const [k, p] of rawMentions) results.set(k, { items: evidenceOf(p.items, byKey), totalCount: p.totalCount });
  return requests.map((r) => results.get(`${r.list}:${JSON.stringify(r.page)}|${r.id}`) ?? { items: [], totalCount: 0 });
}

type RawRelationship = {
  type: string; out: boolean; props: Record<string, unknown>; labels: string[]; degree: number;
  role: string | null; title: string | null; confidence: number | null; sources: string[] | null;
  evidence: string[] | null; evidenceCount: number;
};

async function rawRelationshipPages(tx: ManagedTransaction, ids: string[], page: RelationshipsPage): Promise<Map<string, Page<RawRelationship>>> {
  const res = await tx.run(
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id})
     CALL (n) {
       MATCH (n)-[r]-(o:Entity) WHERE type(r) IN $types
       WITH r, o ORDER BY type(r), o.id, elementId(r)
       SKIP toInteger($offset) LIMIT toInteger($limit)
       RETURN collect({type: type(r), out: startNode(r) = n, props: o ${PROPS}, labels: labels(o),
               degree: COUNT { (o)-[x]-() WHERE type(x) IN $allTypes },
               role: r.role, title: r.title, confidence: r.confidence, sources: r.sources,
               evidence: coalesce(r.evidence, [])[0..$maxEvidence], evidenceCount: size(coalesce(r.evidence, []))}) AS rels
     }
     RETURN n.id AS id, COUNT { (n)-[r]-(:Entity) WHERE type(r) IN $types } AS total, rels`,
    { ids, types: [...page.types], allTypes: RELATION_TYPES, offset: page.offset, limit: page.limit, maxEvidence: MAX_EVIDENCE_PER_RELATIONSHIP },
  );
  return new Map(res.records.map((rec) => [rec.get("id") as string, { items: rec.get("rels") as RawRelationship[], totalCount: rec.get("total") as number }]));
}

async function rawMentionPages(tx: ManagedTransaction, ids: string[], page: MentionsPage): Promise<Map<string, Page<string>>> {
  const res = await tx.run(
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id})
     CALL (n) {
       OPTIONAL MATCH (n)-[m:MENTIONED_IN]->(a:Article)
       UNWIND range(0, size(coalesce(m.evidence, [])) - 1) AS i
       WITH m.evidence[i] AS ref, a, i ORDER BY coalesce(a.publishedAt, '') DESC, a.id, i
       RETURN count(ref) AS total, collect(ref)[toInteger($offset)..toInteger($offset + $limit)] AS refs
     }
     RETURN n.id AS id, total, refs`,
    { ids, offset: page.offset, limit: page.limit },
  );
  return new Map(res.records.map((rec) => [rec.get("id") as string, { items: rec.get("refs") as string[], totalCount: rec.get("total") as number }]));
}

function evidenceOf(list: readonly string[] | null, byKey: Map<string, EvidenceRow>): EvidenceRow[] {
  return (list ?? []).map((k) => byKey.get(k)).filter((x): x is EvidenceRow => Boolean(x));
}

function toRelationship(x: RawRelationship, byKey: Map<string, EvidenceRow>): RelationshipRow {
  return {
    type: x.type,
    direction: x.out ? "OUT" : "IN",
    other: toGraphNode(x.props, x.labels, x.degree),
    role: x.role, title: x.title, confidence: x.confidence,
    sourceCount: new Set(x.sources ?? []).size,
    evidence: evidenceOf(x.evidence, byKey),
    evidenceCount: x.evidenceCount,
  };
}
