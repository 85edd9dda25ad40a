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

/** Candidates read from the index before ranking, so that the first page and later ones rank the same set. */
const MIN_CANDIDATES = 100;

/**
 * How a name matches the text, best first: [tier, length]. Tier 0: a name is exactly the text;
 * 1: a name begins with it as whole words; 2: a name begins with it (a word being typed); 3: the
 * rest. Within tiers 1 and 2 the shorter name completes the text more closely ("Isra": Israel
 * before Israel Defense Forces).
 */
export function matchRank(key: string, nameKeys: readonly string[]): [number, number] {
  if (nameKeys.includes(key)) return [0, key.length];
  const shortest = (names: string[]) => Math.min(...names.map((name) => name.length));
  const byWords = nameKeys.filter((name) => name.startsWith(`${key} `));
  if (byWords.length) return [1, shortest(byWords)];
  const byPrefix = nameKeys.filter((name) => name.startsWith(key));
  if (byPrefix.length) return [2, shortest(byPrefix)];
  return [3, 0];
}

/** Ranked full-text search over names and aliases of the given labels (all when empty). */
export async function searchEntities(ctx: GraphContext, text: string, labels: EntityLabel[], first: number): Promise<SearchHitRow[]> {
  const query = buildSearchQuery(text);
  if (!query) return [];
  return readTx(ctx, async (tx) => {
    const res = await tx.run(
      `CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: toInteger($fetch)}) YIELD node AS n, score
       WHERE size($labels) = 0 OR any(l IN labels(n) WHERE l IN $labels)
       RETURN n {.*, text: null} AS props, labels(n) AS labels, score,
              COUNT { (n)-[r]-() WHERE type(r) IN $types } AS degree`,
      { query, labels, fetch: Math.max(first * 4, MIN_CANDIDATES), types: RELATION_TYPES },
    );
    const key = searchKey(text);
    const hits = res.records.map((r) => {
      const props = r.get("props") as Record<string, unknown>;
      const aliases = (props.aliases as string[] | undefined) ?? [];
      const matched = aliases.find((a) => searchKey(a).includes(key)) ?? null;
      const rank = matchRank(key, (props.searchKeys as string[] | undefined) ?? []);
      return { hit: { node: toGraphNode(props, r.get("labels"), r.get("degree")), score: r.get("score") as number, matched }, rank };
    });
    // Lucene's score favours a name that repeats the words ("Israel Defense Forces", alias "Israeli
    // army"...) over the entity that is called exactly that: whole names first, then the names the
    // text begins (shortest first), then the rest, each by score.
    hits.sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || b.hit.score - a.hit.score);
    return hits.slice(0, first).map((h) => h.hit);
  });
}
