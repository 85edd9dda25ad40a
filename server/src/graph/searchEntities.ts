import { searchKey } from "../resolve/searchKey.ts";
import { readTx, type GraphContext } from "./GraphContext.ts";
import { RELATION_TYPES } from "./articleToGraphRows.ts";
import { toGraphNode, type EntityLabel, type GraphNodeRow } from "./toGraphNode.ts";

export interface SearchHitRow { node: GraphNodeRow; score: number; matched: string | null }

/** Escapes Lucene query syntax so user text is only ever searched for, never interpreted. */
export function escapeLucene(term: string): string {
  return term.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, "\\$&");
}

/** Builds the full-text query: every word must match, as a whole word, a prefix, or (Latin, 4+ letters) a near spelling. */
export function buildSearchQuery(text: string): string | null {
  const words = searchKey(text).split(" ").filter(Boolean).slice(0, 12);
  if (words.length === 0) return null;
  return words
    .map((w) => {
      const e = escapeLucene(w);
      const fuzzy = /^[a-z]{4,}$/.test(w) ? ` OR ${e}~1` : "";
      return `(${e}^3 OR ${e}*${fuzzy})`;
    })
    .join(" AND ");
}

/** Ranked full-text search over names and aliases of the given labels (all when empty). */
export async function searchEntities(ctx: GraphContext, text: string, labels: EntityLabel[], first: number): Promise<SearchHitRow[]> {
  const query = buildSearchQuery(text);
  if (!query) return [];
  return readTx(ctx, async (tx) => {
    const res = await tx.run(
      `CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: toInteger($fetch)}) YIELD node AS n, score
       WHERE size($labels) = 0 OR any(l IN labels(n) WHERE l IN $labels)
       WITH n, score LIMIT toInteger($first)
       RETURN n {.*, text: null} AS props, labels(n) AS labels, score,
              COUNT { (n)-[r]-() WHERE type(r) IN $types } AS degree`,
      { query, labels, first, fetch: first * 4, types: RELATION_TYPES },
    );
    const key = searchKey(text);
    return res.records.map((r) => {
      const props = r.get("props") as Record<string, unknown>;
      const aliases = (props.aliases as string[] | undefined) ?? [];
      const matched = aliases.find((a) => searchKey(a).includes(key)) ?? null;
      return { node: toGraphNode(props, r.get("labels"), r.get("degree")), score: r.get("score"), matched };
    });
  });
}
