import { readTx, type GraphContext } from "./GraphContext.ts";
import { ENTITY_LABELS, toGraphNode, type GraphNodeRow } from "./toGraphNode.ts";
import { cypherRangeEnd, cypherRangeStart, rangeEnd, rangeStart } from "./dateRange.ts";
import { RELATION_TYPES } from "./articleToGraphRows.ts";
import type { ManagedTransaction } from "neo4j-driver";
import { READ_GRAPH_REVISION } from "./graphRevision.ts";

export interface GraphEdgeRow {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string | null;
  sourceCount: number;
}

export interface GraphResult {
  nodes: GraphNodeRow[];
  edges: GraphEdgeRow[];
  truncated: boolean;
}

const NODE_WITH_DEGREE = `RETURN n {.*, text: null} AS props, labels(n) AS labels,
  COUNT { (n)-[r]-() WHERE type(r) IN $types } AS degree`;

async function nodesAndEdges(tx: ManagedTransaction, ids: string[], truncated: boolean): Promise<GraphResult> {
  const nodeRes = await tx.run(`MATCH (n:Entity) WHERE n.id IN $ids ${NODE_WITH_DEGREE}`, { ids, types: RELATION_TYPES });
  const edgeRes = await tx.run(
    `MATCH (a:Entity)-[r]->(b:Entity)
     WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $types
     RETURN elementId(r) AS eid, a.id AS source, b.id AS target, type(r) AS type,
            coalesce(r.role, r.title) AS label, size(coalesce(r.sources, [])) AS sourceCount`,
    { ids, types: RELATION_TYPES },
  );
  return {
    nodes: nodeRes.records.map((r) => toGraphNode(r.get("props"), r.get("labels"), r.get("degree"))),
    edges: edgeRes.records.map((r) => ({
      id: `${r.get("type")}:${r.get("source")}->${r.get("target")}`,
      source: r.get("source"), target: r.get("target"), type: r.get("type"), label: r.get("label"), sourceCount: r.get("sourceCount"),
    })),
    truncated,
  };
}

/** Nodes the overview returns when the caller names no limit (the schema's default; the explorer asks for as many). */
export const DEFAULT_OVERVIEW_LIMIT = 1000;

/**
 * The most connected nodes of the graph (articles excluded) and the edges among them. With the
 * context's overview cache, the graph revision is read first in the same transaction and a kept
 * answer of that revision is returned as is. Revision before data: a write committing in between
 * can only make the data newer than its revision, which the next reader then reads again.
 */
export async function findOverview(ctx: GraphContext, limit: number): Promise<GraphResult> {
  return readTx(ctx, async (tx) => {
    const cache = ctx.overviewCache;
    const revision = cache ? ((await tx.run(READ_GRAPH_REVISION)).records[0]?.get("revision") as number | null) ?? null : null;
    if (cache && revision !== null) {
      const kept = cache.get(limit, revision);
      if (kept) return kept;
    }
    const res = await tx.run(
      `MATCH (n:Entity) WHERE NOT n:Article
       WITH n, COUNT { (n)-[r]-() WHERE type(r) IN $types } AS degree
       ORDER BY degree DESC, n.id
       LIMIT toInteger($limitPlusOne)
       RETURN n.id AS id`,
      { types: RELATION_TYPES, limitPlusOne: limit + 1 },
    );
    const ids = res.records.map((r) => r.get("id") as string);
    const truncated = ids.length > limit;
    const result = await nodesAndEdges(tx, ids.slice(0, limit), truncated);
    if (cache && revision !== null) cache.set(limit, revision, result);
    return result;
  });
}

/**
 * Nodes within `depth` hops of the start ids (breadth first, articles excluded), capped at `limit`
 * nodes; `truncated` says whether the cap cut it.
 */
export interface NeighborhoodOptions {
  /** Only these labels are walked into (the start nodes always stay). Empty: all but Article. */
  labels?: string[];
  /** Dated items (agreements, meetings) outside this period are left out; undated ones stay. */
  from?: string | null;
  to?: string | null;
}

export async function findNeighborhood(ctx: GraphContext, startIds: string[], depth: number, limit: number, opts: NeighborhoodOptions = {}): Promise<GraphResult> {
  const labels = (opts.labels ?? []).filter((l) => ENTITY_LABELS.includes(l as never) && l !== "Article");
  return readTx(ctx, async (tx) => {
    const start = await tx.run("MATCH (n:Entity) WHERE n.id IN $ids AND NOT n:Article RETURN n.id AS id", { ids: startIds });
    const seen = new Set<string>(start.records.map((r) => r.get("id") as string));
    let frontier = [...seen];
    let truncated = false;
    for (let d = 0; d < depth && frontier.length > 0 && !truncated; d++) {
      const res = await tx.run(
        `MATCH (n:Entity)-[r]-(m:Entity)
         WHERE n.id IN $frontier AND type(r) IN $types AND NOT m.id IN $seen
           AND (size($labels) = 0 OR any(l IN labels(m) WHERE l IN $labels))
         WITH DISTINCT m, coalesce(m.signedOn, m.startDate) AS date
         WHERE date IS NULL
            OR (($from IS NULL OR ${cypherRangeEnd("date")} >= $from) AND ($to IS NULL OR ${cypherRangeStart("date")} <= $to))
         RETURN m.id AS id ORDER BY id LIMIT toInteger($room)`,
        {
          frontier, types: RELATION_TYPES, seen: [...seen], room: limit - seen.size + 1, labels,
          from: opts.from ? rangeStart(opts.from) : null, to: opts.to ? rangeEnd(opts.to) : null,
        },
      );
      const next = res.records.map((r) => r.get("id") as string);
      for (const id of next) {
        if (seen.size >= limit) { truncated = true; break; }
        seen.add(id);
      }
      frontier = next.filter((id) => seen.has(id));
    }
    return nodesAndEdges(tx, [...seen], truncated);
  });
}
