import { readTx, type GraphContext } from "./GraphContext.ts";
import { RELATION_TYPES } from "./articleToGraphRows.ts";
import { resolveEvidence } from "./resolveEvidence.ts";
import { toGraphNode, type GraphNodeRow } from "./toGraphNode.ts";
import type { EvidenceRow } from "./findEntity.ts";
import type { RelationType } from "../extract/types.ts";

export interface PathEdgeRow {
  source: string;
  target: string;
  type: string;
  role: string | null;
  sourceCount: number;
  evidence: EvidenceRow[];
}

export interface PathRow {
  length: number;
  nodes: GraphNodeRow[];
  edges: PathEdgeRow[];
}

/** Longest path searched; variable-length bounds cannot be parameters, so they come from here. */
export const MAX_PATH_LENGTH = 6;
/** Shortest paths read before those through the same entities are merged (allShortestPaths can return thousands). */
const PATH_CANDIDATES = 500;

/**
 * Shortest paths between two entities over the given relationship types (all when empty),
 * never through articles, with the evidence of every edge; each sequence of entities once.
 */
export async function findPaths(ctx: GraphContext, fromId: string, toId: string, maxLength: number, types: RelationType[], first: number): Promise<PathRow[]> {
  const n = Math.max(1, Math.min(MAX_PATH_LENGTH, Math.trunc(maxLength)));
  const allowed = types.length ? types.filter((t) => RELATION_TYPES.includes(t)) : [...RELATION_TYPES];
  return readTx(ctx, async (tx) => {
    const res = await tx.run(
      `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
       WHERE a <> b AND NOT a:Article AND NOT b:Article
       MATCH p = allShortestPaths((a)-[*..${n}]-(b))
       WHERE all(r IN relationships(p) WHERE type(r) IN $types)
       // Two relationships between the same pair (a state that hosts and attends a meeting) give
       // paths through the same entities: one of them each, from a bounded number of candidates.
       WITH p LIMIT ${PATH_CANDIDATES}
       WITH [x IN nodes(p) | x.id] AS key, collect(p)[0] AS p
       ORDER BY key
       WITH p LIMIT toInteger($first)
       RETURN [x IN nodes(p) | {props: x {.*, text: null, searchText: null, searchKey: null, searchKeys: null}, labels: labels(x),
                degree: COUNT { (x)-[y]-() WHERE type(y) IN $types }}] AS nodes,
              [r IN relationships(p) | {source: startNode(r).id, target: endNode(r).id, type: type(r), role: r.role,
                sources: r.sources, evidence: r.evidence}] AS rels`,
      { from: fromId, to: toId, types: allowed, first },
    );
    type RawRel = { source: string; target: string; type: string; role: string | null; sources: string[] | null; evidence: string[] | null };
    const rows = res.records.map((r) => ({
      nodes: r.get("nodes") as { props: Record<string, unknown>; labels: string[]; degree: number }[],
      rels: r.get("rels") as RawRel[],
    }));
    const evidence = await resolveEvidence(tx, rows.flatMap((p) => p.rels.flatMap((r) => (r.evidence ?? []).slice(0, 5))));
    return rows.map((p) => ({
      length: p.rels.length,
      nodes: p.nodes.map((x) => toGraphNode(x.props, x.labels, x.degree)),
      edges: p.rels.map((r) => ({
        source: r.source, target: r.target, type: r.type, role: r.role,
        sourceCount: new Set(r.sources ?? []).size,
        evidence: (r.evidence ?? []).slice(0, 5).map((k) => evidence.get(k)).filter((x): x is EvidenceRow => Boolean(x)),
      })),
    }));
  });
}
