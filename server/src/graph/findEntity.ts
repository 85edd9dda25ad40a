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
  evidence: EvidenceRow[];
}

export interface EntityDetails {
  label: EntityLabel;
  props: Record<string, unknown>;
  relationships: RelationshipRow[];
  mentions: EvidenceRow[];
}

/** One entity with its relationships and evidence; null when absent or of another label. */
export async function findEntity(ctx: GraphContext, id: string, expected?: EntityLabel): Promise<EntityDetails | null> {
  const found = (await findEntities(ctx, [id])).get(id) ?? null;
  return found && (!expected || found.label === expected) ? found : null;
}

/**
 * Entities with their relationships and the evidence sentence of each, for many ids in one read
 * transaction of two statements: the entities and their relationships, then the sentences cut
 * from their articles. DataLoader batches a request's lookups into one call of this.
 */
export async function findEntities(ctx: GraphContext, ids: readonly string[]): Promise<Map<string, EntityDetails>> {
  const out = new Map<string, EntityDetails>();
  if (ids.length === 0) return out;
  return readTx(ctx, async (tx) => {
    const res = await tx.run(
      `UNWIND $ids AS id
       MATCH (n:Entity {id: id})
       CALL (n) {
         MATCH (n)-[r]-(o:Entity) WHERE type(r) IN $types
         WITH r, o ORDER BY type(r), o.id
         RETURN collect({type: type(r), out: startNode(r) = n, props: o {.*, text: null, searchText: null, searchKey: null, searchKeys: null}, labels: labels(o),
                 degree: COUNT { (o)-[x]-() WHERE type(x) IN $types },
                 role: r.role, title: r.title, confidence: r.confidence,
                 sources: r.sources, evidence: r.evidence})[0..$maxRels] AS rels
       }
       CALL (n) {
         OPTIONAL MATCH (n)-[m:MENTIONED_IN]->(:Article)
         RETURN collect(m.evidence) AS mentionLists
       }
       RETURN n.id AS id, n {.*, text: null, searchText: null, searchKey: null, searchKeys: null} AS props, labels(n) AS labels, rels, mentionLists`,
      { ids: [...new Set(ids)], types: RELATION_TYPES, maxRels: MAX_RELATIONSHIPS },
    );
    type RawRel = { type: string; out: boolean; props: Record<string, unknown>; labels: string[]; degree: number; role: string | null; title: string | null; confidence: number | null; sources: string[] | null; evidence: string[] | null };
    const raw = res.records.map((rec) => ({
      id: rec.get("id") as string,
      label: labelOf(rec.get("labels")),
      props: rec.get("props") as Record<string, unknown>,
      rels: rec.get("rels") as RawRel[],
      mentionRefs: (rec.get("mentionLists") as (string[] | null)[]).flat().filter((x): x is string => typeof x === "string"),
    }));
    const byKey = await resolveEvidence(tx, raw.flatMap((r) => [...r.rels.flatMap((x) => x.evidence ?? []), ...r.mentionRefs]));
    const evidenceOf = (list: string[] | null) => (list ?? []).map((k) => byKey.get(k)).filter((x): x is EvidenceRow => Boolean(x));
    for (const r of raw) {
      out.set(r.id, {
        label: r.label,
        props: r.props,
        relationships: r.rels.map((x) => ({
          type: x.type,
          direction: x.out ? "OUT" : "IN",
          other: toGraphNode(x.props, x.labels, x.degree),
          role: x.role, title: x.title, confidence: x.confidence,
          sourceCount: new Set(x.sources ?? []).size,
          evidence: evidenceOf(x.evidence),
        })),
        mentions: evidenceOf(r.mentionRefs),
      });
    }
    return out;
  });
}

/** Relationships listed per entity; hubs (a state in thousands of articles) are cut here. */
export const MAX_RELATIONSHIPS = 500;
