import { readTx, type GraphContext } from "./GraphContext.ts";
import { RELATION_TYPES } from "./articleToGraphRows.ts";
import { cypherRangeEnd, cypherRangeStart, rangeEnd, rangeStart } from "./dateRange.ts";
import { toGraphNode, type GraphNodeRow } from "./toGraphNode.ts";

export interface TimelineItemRow {
  date: string;
  node: GraphNodeRow;
  relation: string;
  role: string | null;
}

/**
 * The dated agreements and meetings an entity takes part in (one hop), oldest first; for an
 * agreement or meeting, the dated items it is linked to. Items without a date are left out.
 */
export async function findTimeline(ctx: GraphContext, id: string, from: string | null, to: string | null, offset: number, limit: number): Promise<{ items: TimelineItemRow[]; totalCount: number }> {
  return readTx(ctx, async (tx) => {
    const res = await tx.run(
      `MATCH (n:Entity {id: $id})-[r]-(x)
       WHERE type(r) IN $types AND (x:Agreement OR x:Meeting)
       WITH x, r, coalesce(x.signedOn, x.startDate) AS date
       WHERE date IS NOT NULL
         AND ($from IS NULL OR ${cypherRangeEnd("date")} >= $from)
         AND ($to IS NULL OR ${cypherRangeStart("date")} <= $to)
       WITH x, date, collect(r)[0] AS r
       ORDER BY date, x.id
       WITH collect({props: x {.*, text: null, searchText: null, searchKey: null, searchKeys: null}, labels: labels(x), date: date,
                     relation: type(r), role: r.role, degree: COUNT { (x)-[y]-() WHERE type(y) IN $types }}) AS rows
       RETURN size(rows) AS total, rows[toInteger($offset)..toInteger($offset + $limit)] AS page`,
      { id, types: RELATION_TYPES, from: from ? rangeStart(from) : null, to: to ? rangeEnd(to) : null, offset, limit },
    );
    const rec = res.records[0];
    if (!rec) return { items: [], totalCount: 0 };
    const page = rec.get("page") as { props: Record<string, unknown>; labels: string[]; date: string; relation: string; role: string | null; degree: number }[];
    return {
      totalCount: rec.get("total"),
      items: page.map((p) => ({ date: p.date, node: toGraphNode(p.props, p.labels, p.degree), relation: p.relation, role: p.role })),
    };
  });
}
