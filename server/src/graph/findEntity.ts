import { readTx, type GraphContext } from "./GraphContext.ts";
import { RELATION_TYPES } from "./articleToGraphRows.ts";
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

interface Ref { a: string; s: number; e: number; ss: number; se: number }

function decode(encoded: string): Ref | null {
  const p = encoded.split("|");
  if (p.length < 5) return null;
  const [a, s, e, ss, se] = [p[0]!, ...p.slice(1, 5).map(Number)] as [string, number, number, number, number];
  return [s, e, ss, se].every(Number.isFinite) ? { a, s, e, ss, se } : null;
}

/**
 * One entity with its relationships and the evidence sentence of each, in two round trips:
 * the entity and its relationships, then the sentences cut from their articles.
 */
export async function findEntity(ctx: GraphContext, id: string, expected?: EntityLabel): Promise<EntityDetails | null> {
  return readTx(ctx, async (tx) => {
    const res = await tx.run(
      `MATCH (n:Entity {id: $id})
       CALL (n) {
         MATCH (n)-[r]-(o:Entity) WHERE type(r) IN $types
         RETURN collect({type: type(r), out: startNode(r) = n, props: o {.*, text: null}, labels: labels(o),
                 degree: COUNT { (o)-[x]-() WHERE type(x) IN $types },
                 role: r.role, title: r.title, confidence: r.confidence,
                 sources: r.sources, evidence: r.evidence})[0..500] AS rels
       }
       CALL (n) {
         OPTIONAL MATCH (n)-[m:MENTIONED_IN]->(:Article)
         RETURN collect(m.evidence) AS mentionLists
       }
       RETURN n {.*, text: null} AS props, labels(n) AS labels, rels, mentionLists`,
      { id, types: RELATION_TYPES },
    );
    const rec = res.records[0];
    if (!rec) return null;
    const label = labelOf(rec.get("labels"));
    if (expected && label !== expected) return null;
    type RawRel = { type: string; out: boolean; props: Record<string, unknown>; labels: string[]; degree: number; role: string | null; title: string | null; confidence: number | null; sources: string[] | null; evidence: string[] | null };
    const rels = rec.get("rels") as RawRel[];
    const mentionRefs = (rec.get("mentionLists") as (string[] | null)[]).flat().filter((x): x is string => typeof x === "string");

    const refs = new Map<string, Ref>();
    for (const enc of [...rels.flatMap((r) => r.evidence ?? []), ...mentionRefs]) {
      const d = decode(enc);
      if (d) refs.set(enc, d);
    }
    const slices = await tx.run(
      `UNWIND $refs AS ref
       MATCH (a:Article {id: ref.a})
       RETURN ref.k AS k, a.title AS title, a.language AS language, a.publishedAt AS publishedAt,
              substring(a.text, ref.s, ref.e - ref.s) AS sentence`,
      { refs: [...refs.entries()].map(([k, r]) => ({ k, a: r.a, s: r.s, e: r.e })) },
    );
    const byKey = new Map<string, EvidenceRow>();
    for (const r of slices.records) {
      const ref = refs.get(r.get("k"))!;
      byKey.set(r.get("k"), {
        articleId: ref.a, articleTitle: r.get("title"), language: r.get("language"), publishedAt: r.get("publishedAt"),
        sentence: r.get("sentence"), start: ref.s, end: ref.e, spanStart: ref.ss, spanEnd: ref.se,
      });
    }
    const evidenceOf = (list: string[] | null) => (list ?? []).map((k) => byKey.get(k)).filter((x): x is EvidenceRow => Boolean(x));
    return {
      label,
      props: rec.get("props"),
      relationships: rels.map((r) => ({
        type: r.type,
        direction: r.out ? "OUT" : "IN",
        other: toGraphNode(r.props, r.labels, r.degree),
        role: r.role, title: r.title, confidence: r.confidence,
        sourceCount: new Set(r.sources ?? []).size,
        evidence: evidenceOf(r.evidence),
      })),
      mentions: evidenceOf(mentionRefs),
    };
  });
}
