import { readTx, type GraphContext } from "./GraphContext.ts";
import { RELATION_TYPES } from "./articleToGraphRows.ts";
import { cypherRangeEnd, cypherRangeStart, rangeEnd, rangeStart } from "./dateRange.ts";
import { toGraphNode, type GraphNodeRow } from "./toGraphNode.ts";

export interface AllianceTieRow {
  a: GraphNodeRow;
  b: GraphNodeRow;
  weight: number;
  agreementCount: number;
  meetingCount: number;
  items: GraphNodeRow[];
}

/**
 * Weights (documented in the schema): a shared agreement adds 2/(n-1) and a shared meeting
 * 1/(n-1) to the tie of each pair of its n participating states, so a bilateral treaty counts
 * 2, a bilateral visit 1, and a summit of ten states 1/9 per pair.
 */
export const AGREEMENT_WEIGHT = 2;
export const MEETING_WEIGHT = 1;

export interface AllianceQuery {
  from: string | null;
  to: string | null;
  domains: string[];
  minWeight: number;
  states: string[];
  limit: number;
  /** Whether to list each tie's supporting agreements and meetings (the costly part); default true. */
  withItems?: boolean;
}

/** State-to-state ties from the agreements and meetings they share in the period. */
export async function findAllianceNetwork(ctx: GraphContext, q: AllianceQuery): Promise<{ ties: AllianceTieRow[]; truncated: boolean }> {
  const withItems = q.withItems ?? true;
  return readTx(ctx, async (tx) => {
    const res = await tx.run(
      `CALL () {
         MATCH (x:Agreement)
         WHERE (size($domains) = 0 OR any(d IN coalesce(x.domains, []) WHERE d IN $domains))
           AND ($from IS NULL OR (x.signedOn IS NOT NULL AND ${cypherRangeEnd("x.signedOn")} >= $from))
           AND ($to IS NULL OR (x.signedOn IS NOT NULL AND ${cypherRangeStart("x.signedOn")} <= $to))
         MATCH (s:State)-[:PARTY_TO]->(x)
         WITH x, collect(DISTINCT s) AS members, $agreementWeight AS w
         RETURN x, members, w, 'agreement' AS what
         UNION ALL
         MATCH (x:Meeting)
         WHERE size($domains) = 0
           AND ($from IS NULL OR (x.startDate IS NOT NULL AND ${cypherRangeEnd("x.startDate")} >= $from))
           AND ($to IS NULL OR (x.startDate IS NOT NULL AND ${cypherRangeStart("x.startDate")} <= $to))
         MATCH (s:State)-[:PARTICIPATED_IN]->(x)
         WITH x, collect(DISTINCT s) AS members, $meetingWeight AS w
         RETURN x, members, w, 'meeting' AS what
       }
       WITH x, members, w, what WHERE size(members) >= 2
       UNWIND members AS a
       UNWIND members AS b
       WITH x, a, b, w / (size(members) - 1.0) AS share, what
       WHERE a.iso2 < b.iso2 AND (size($states) = 0 OR a.iso2 IN $states OR b.iso2 IN $states)
       WITH a, b, sum(share) AS weight,
            sum(CASE what WHEN 'agreement' THEN 1 ELSE 0 END) AS agreements,
            sum(CASE what WHEN 'meeting' THEN 1 ELSE 0 END) AS meetings,
            ${withItems ? "collect(x)[0..50]" : "[]"} AS items
       WHERE weight >= $minWeight
       ORDER BY weight DESC, a.iso2, b.iso2
       LIMIT toInteger($limitPlusOne)
       RETURN a {.*, searchText: null, searchKey: null, searchKeys: null} AS a, b {.*, searchText: null, searchKey: null, searchKeys: null} AS b,
              weight, agreements, meetings,
              [i IN items | {props: i {.*, searchText: null, searchKey: null, searchKeys: null}, labels: labels(i),
                             degree: COUNT { (i)-[y]-() WHERE type(y) IN $types }}] AS items`,
      {
        domains: q.domains, states: q.states, minWeight: q.minWeight, limitPlusOne: q.limit + 1, types: RELATION_TYPES,
        from: q.from ? rangeStart(q.from) : null, to: q.to ? rangeEnd(q.to) : null,
        agreementWeight: AGREEMENT_WEIGHT, meetingWeight: MEETING_WEIGHT,
      },
    );
    const ties = res.records.map((r) => ({
      a: toGraphNode(r.get("a"), ["State"], 0),
      b: toGraphNode(r.get("b"), ["State"], 0),
      weight: Math.round((r.get("weight") as number) * 1000) / 1000,
      agreementCount: r.get("agreements"),
      meetingCount: r.get("meetings"),
      items: (r.get("items") as { props: Record<string, unknown>; labels: string[]; degree: number }[]).map((i) => toGraphNode(i.props, i.labels, i.degree)),
    }));
    return { ties: ties.slice(0, q.limit), truncated: ties.length > q.limit };
  });
}
