import type { ManagedTransaction } from "neo4j-driver";
import { readTx, type GraphContext } from "./GraphContext.ts";
import { GraphError } from "./GraphError.ts";
import { RELATION_TYPES } from "./articleToGraphRows.ts";
import { toGraphNode, type GraphNodeRow } from "./toGraphNode.ts";

/** A property value as exported: what the loader stores (strings, numbers, booleans and lists of them). */
export type ExportValue = string | number | boolean | string[] | number[] | boolean[];

export interface ExportNode {
  id: string;
  type: GraphNodeRow["type"];
  /** The display label the network view shows. */
  label: string;
  /** Every stored property except the id, article text and search internals. */
  properties: Record<string, ExportValue>;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  role: string | null;
  title: string | null;
  confidence: number | null;
  /** How many articles support the relationship. */
  sourceCount: number;
  /** The article of the first evidence sentence, so a researcher can go back to the text. */
  firstSource: string | null;
}

export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
  /** True when the node cap cut the export. */
  truncated: boolean;
  /** Start ids of a neighborhood export that are not in the graph. */
  missingIds: string[];
}

export interface ExportScope {
  /** Start ids of a neighborhood; absent or empty means the whole graph. */
  ids?: string[];
  /** Hops from the start ids, 0..3 (default 1); 0 exports the start nodes alone, with the links among them. */
  depth?: number;
  /** Also export Article nodes (without their text) and MENTIONED_IN edges. */
  includeArticles?: boolean;
  /** Node cap (default 50,000). */
  maxNodes?: number;
}

export const EXPORT_DEFAULT_MAX_NODES = 50_000;
export const EXPORT_MAX_DEPTH = 3;

// Derived at load time for full-text search; they repeat the names and aliases already exported.
const INTERNAL_PROPERTIES = new Set(["id", "text", "searchText", "searchKey", "searchKeys"]);

/**
 * The whole graph or the neighborhood of some ids, with every property, in one read transaction
 * so that nodes and edges come from the same snapshot.
 */
export async function fetchExportGraph(ctx: GraphContext, scope: ExportScope = {}): Promise<ExportGraph> {
  const depth = scope.depth ?? 1;
  const maxNodes = scope.maxNodes ?? EXPORT_DEFAULT_MAX_NODES;
  if (!Number.isInteger(depth) || depth < 0 || depth > EXPORT_MAX_DEPTH) {
    throw new GraphError("BAD_USER_INPUT", `depth must be an integer from 0 to ${EXPORT_MAX_DEPTH}`);
  }
  if (!Number.isInteger(maxNodes) || maxNodes < 1) throw new GraphError("BAD_USER_INPUT", "the node cap must be a positive integer");
  const includeArticles = scope.includeArticles ?? false;
  const types = includeArticles ? [...RELATION_TYPES, "MENTIONED_IN"] : [...RELATION_TYPES];
  return readTx(ctx, async (tx) => {
    const picked = scope.ids && scope.ids.length > 0
      ? await neighborhoodIds(tx, scope.ids, depth, maxNodes, includeArticles)
      : await wholeGraphIds(tx, maxNodes, includeArticles);
    const graph = await nodesAndEdges(tx, picked.ids, types);
    return { ...graph, truncated: picked.truncated, missingIds: picked.missingIds };
  });
}

interface PickedIds { ids: string[]; truncated: boolean; missingIds: string[] }

/** Every node, the most connected first when the cap cuts (as the overview does). */
async function wholeGraphIds(tx: ManagedTransaction, maxNodes: number, includeArticles: boolean): Promise<PickedIds> {
  const res = await tx.run(
    `MATCH (n:Entity) WHERE $includeArticles OR NOT n:Article
     WITH n, COUNT { (n)-[r]-() WHERE type(r) IN $types } AS degree
     ORDER BY degree DESC, n.id
     LIMIT toInteger($limitPlusOne)
     RETURN n.id AS id`,
    { includeArticles, types: RELATION_TYPES, limitPlusOne: maxNodes + 1 },
  );
  const ids = res.records.map((r) => r.get("id") as string);
  return { ids: ids.slice(0, maxNodes), truncated: ids.length > maxNodes, missingIds: [] };
}

/**
 * Breadth first from the start ids over the model's relationships (as findNeighborhood does);
 * articles are never stepped through, since one article links everything it mentions. With
 * `includeArticles`, the articles that mention the nodes found are added, within the cap.
 */
async function neighborhoodIds(tx: ManagedTransaction, startIds: string[], depth: number, maxNodes: number, includeArticles: boolean): Promise<PickedIds> {
  const start = await tx.run("MATCH (n:Entity) WHERE n.id IN $ids AND NOT n:Article RETURN n.id AS id", { ids: startIds });
  const found = start.records.map((r) => r.get("id") as string);
  const missingIds = startIds.filter((id) => !found.includes(id));
  const seen = new Set<string>(found.slice(0, maxNodes));
  let truncated = found.length > maxNodes;
  let frontier = [...seen];
  for (let d = 0; d < depth && frontier.length > 0 && !truncated; d++) {
    const res = await tx.run(
      `MATCH (n:Entity)-[r]-(m:Entity)
       WHERE n.id IN $frontier AND type(r) IN $types AND NOT m.id IN $seen
       RETURN DISTINCT m.id AS id ORDER BY id LIMIT toInteger($room)`,
      { frontier, types: RELATION_TYPES, seen: [...seen], room: maxNodes - seen.size + 1 },
    );
    const next = res.records.map((r) => r.get("id") as string);
    for (const id of next) {
      if (seen.size >= maxNodes) { truncated = true; break; }
      seen.add(id);
    }
    frontier = next.filter((id) => seen.has(id));
  }
  if (includeArticles && !truncated && seen.size > 0) {
    const res = await tx.run(
      `MATCH (n:Entity)-[:MENTIONED_IN]->(a:Article) WHERE n.id IN $ids
       RETURN DISTINCT a.id AS id ORDER BY id LIMIT toInteger($room)`,
      { ids: [...seen], room: maxNodes - seen.size + 1 },
    );
    for (const r of res.records) {
      if (seen.size >= maxNodes) { truncated = true; break; }
      seen.add(r.get("id") as string);
    }
  }
  return { ids: [...seen], truncated, missingIds };
}

async function nodesAndEdges(tx: ManagedTransaction, ids: string[], types: string[]): Promise<{ nodes: ExportNode[]; edges: ExportEdge[] }> {
  if (ids.length === 0) return { nodes: [], edges: [] };
  const nodeRes = await tx.run(
    "MATCH (n:Entity) WHERE n.id IN $ids RETURN n {.*, text: null} AS props, labels(n) AS labels ORDER BY n.id",
    { ids },
  );
  // A mention's only source is the article it points to, hence 1 for MENTIONED_IN (it has no `sources`).
  const edgeRes = await tx.run(
    `MATCH (a:Entity)-[r]->(b:Entity)
     WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $types
     RETURN a.id AS source, b.id AS target, type(r) AS type, r.role AS role, r.title AS title,
            r.confidence AS confidence,
            CASE type(r) WHEN 'MENTIONED_IN' THEN 1 ELSE size(coalesce(r.sources, [])) END AS sourceCount,
            coalesce(r.evidence, [])[0] AS firstEvidence
     ORDER BY type, source, target`,
    { ids, types },
  );
  return {
    nodes: nodeRes.records.map((r) => toExportNode(r.get("props"), r.get("labels"))),
    edges: edgeRes.records.map((r) => {
      const firstEvidence = r.get("firstEvidence") as string | null;
      return {
        id: `${r.get("type")}:${r.get("source")}->${r.get("target")}`,
        source: r.get("source"), target: r.get("target"), type: r.get("type"),
        role: r.get("role") ?? null, title: r.get("title") ?? null, confidence: r.get("confidence") ?? null,
        sourceCount: r.get("sourceCount"),
        // Evidence is stored as "articleId|sentenceStart|sentenceEnd|spanStart|spanEnd".
        firstSource: firstEvidence ? firstEvidence.split("|")[0]! : null,
      };
    }),
  };
}

function toExportNode(props: Record<string, unknown>, labels: string[]): ExportNode {
  const shaped = toGraphNode(props, labels, 0);
  const properties: Record<string, ExportValue> = {};
  // Sorted so that two exports of the same graph are the same file.
  for (const [key, value] of Object.entries(props).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (INTERNAL_PROPERTIES.has(key) || value == null) continue;
    properties[key] = toExportValue(value);
  }
  return { id: shaped.id, type: shaped.type, label: shaped.label, properties };
}

/** Temporal and other driver objects become their string form; the loader stores plain values. */
function toExportValue(value: unknown): ExportValue {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === "number")) return value as number[];
    if (value.every((v) => typeof v === "boolean")) return value as boolean[];
    return value.map((v) => String(v));
  }
  return String(value);
}
