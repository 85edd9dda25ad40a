import { readRows, type GraphContext } from "./GraphContext.ts";
import { toGraphNode, type GraphNodeRow } from "./toGraphNode.ts";
import { RELATION_TYPES } from "./articleToGraphRows.ts";

export interface ArticleEntityRow { node: GraphNodeRow; spans: number[] }

/** Articles, newest first, without their text. */
export async function findArticles(ctx: GraphContext, first: number): Promise<Record<string, unknown>[]> {
  const rows = await readRows<{ props: Record<string, unknown> }>(
    ctx,
    "MATCH (a:Article) RETURN a {.*} AS props ORDER BY a.publishedAt DESC, a.id LIMIT toInteger($first)",
    { first },
  );
  return rows.map((r) => r.props);
}

/** One article with the entities it mentions and their spans. */
export async function findArticle(ctx: GraphContext, id: string): Promise<{ props: Record<string, unknown>; entities: ArticleEntityRow[] } | null> {
  const rows = await readRows<{ props: Record<string, unknown>; entities: { props: Record<string, unknown>; labels: string[]; degree: number; spans: number[] }[] }>(
    ctx,
    `MATCH (a:Article {id: $id})
     CALL (a) {
       OPTIONAL MATCH (n:Entity)-[m:MENTIONED_IN]->(a)
       WITH n, m WHERE n IS NOT NULL
       RETURN collect({props: n {.*, text: null}, labels: labels(n), spans: m.spans,
                       degree: COUNT { (n)-[r]-() WHERE type(r) IN $types }}) AS entities
     }
     RETURN a {.*} AS props, entities`,
    { id, types: RELATION_TYPES },
  );
  const row = rows[0];
  if (!row) return null;
  return {
    props: row.props,
    entities: row.entities.map((e) => ({ node: toGraphNode(e.props, e.labels, e.degree), spans: e.spans ?? [] })),
  };
}
