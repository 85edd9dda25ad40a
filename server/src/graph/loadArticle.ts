import type { ManagedTransaction } from "neo4j-driver";
import type { ExtractionResult } from "../extract/types.ts";
import type { ArticleRecord } from "./ArticleRecord.ts";
import { articleToGraphRows, RELATION_TYPES, type NodeRow } from "./articleToGraphRows.ts";
import { writeTx, type GraphContext } from "./GraphContext.ts";

export type LoadStatus = "created" | "updated" | "unchanged";

export interface LoadResult {
  articleId: string;
  status: LoadStatus;
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

const NODE_LABELS = ["State", "Person", "Organization", "Agreement", "Meeting"] as const;

/** Union of two string lists keeping order, in Cypher. */
const union = (a: string, b: string) => `reduce(acc = coalesce(${a}, []), x IN ${b} | CASE WHEN x IN acc THEN acc ELSE acc + x END)`;

/**
 * Loads one article and its extraction in one write transaction: all of it or nothing.
 * Loading the same article again changes nothing; loading changed text first retracts the
 * claims this article made (keeping what other articles also support), then asserts the new ones.
 */
export async function loadArticle(ctx: GraphContext, article: ArticleRecord, extraction: ExtractionResult): Promise<LoadResult> {
  const rows = articleToGraphRows(article, extraction);
  return writeTx(ctx, async (tx) => {
    const existing = await tx.run<{ hash: string | null }>("MATCH (a:Article {id: $id}) RETURN a.contentHash AS hash", { id: article.id });
    const prevHash = existing.records[0]?.get("hash");
    const result: LoadResult = { articleId: article.id, status: "created", nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 };
    if (existing.records.length > 0) {
      if (prevHash === rows.article.contentHash) return { ...result, status: "unchanged" };
      result.status = "updated";
      const r = await retractArticleClaims(tx, article.id, false);
      result.nodesDeleted += r.nodesDeleted;
      result.relationshipsDeleted += r.relationshipsDeleted;
    }
    const tally = (s: { counters: { updates(): { nodesCreated: number; relationshipsCreated: number; relationshipsDeleted: number; nodesDeleted: number } } }) => {
      const u = s.counters.updates();
      result.nodesCreated += u.nodesCreated;
      result.relationshipsCreated += u.relationshipsCreated;
      result.relationshipsDeleted += u.relationshipsDeleted;
      result.nodesDeleted += u.nodesDeleted;
    };
    tally((await tx.run(
      `MERGE (a:Article:Entity {id: $a.id})
       SET a += $a, a.ingestedAt = coalesce(a.ingestedAt, toString(datetime())), a.updatedAt = toString(datetime())`,
      { a: rows.article },
    )).summary);
    for (const label of NODE_LABELS) {
      const list: NodeRow[] = rows.nodes[label];
      if (list.length === 0) continue;
      // Names given on first sight stay; later articles add aliases and fill what was missing.
      tally((await tx.run(
        `UNWIND $rows AS row
         MERGE (n:${label}:Entity {id: row.id})
         ON CREATE SET n += row.props, n.createdAt = toString(datetime())
         ON MATCH SET n += apocLessFill
         SET n.aliases = ${union("n.aliases", "row.aliases")},
             n.searchKeys = ${union("n.searchKeys", "row.keys")}
         SET n.searchText = reduce(s = coalesce(n.name, n.label, ''), x IN n.aliases | s + ' ' + x),
             n.searchKey = reduce(s = '', x IN n.searchKeys | s + ' ' + x)`.replace(
          "ON MATCH SET n += apocLessFill",
          fillMissing(list),
        ),
        { rows: list },
      )).summary);
    }
    tally((await tx.run(
      `MATCH (a:Article {id: $aid})
       UNWIND $rows AS row
       MATCH (n:Entity {id: row.id})
       MERGE (n)-[m:MENTIONED_IN]->(a)
       SET m.spans = row.spans, m.evidence = row.evidence`,
      { aid: article.id, rows: rows.mentions },
    )).summary);
    for (const type of RELATION_TYPES) {
      const list = rows.rels[type];
      if (list.length === 0) continue;
      tally((await tx.run(
        `UNWIND $rows AS row
         MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
         MERGE (a)-[r:${type}]->(b)
         SET r.sources = ${union("r.sources", "[$aid]")},
             r.evidence = ${union("r.evidence", "row.evidence")},
             r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
             r.role = coalesce(r.role, row.role),
             r.title = coalesce(r.title, row.title)`,
        { rows: list, aid: article.id },
      )).summary);
    }
    return result;
  });
}

/** For nodes seen before: set only the properties they lack. */
function fillMissing(list: NodeRow[]): string {
  const keys = [...new Set(list.flatMap((r) => Object.keys(r.props)))].filter((k) => /^[A-Za-z][A-Za-z0-9]*$/.test(k));
  if (keys.length === 0) return "";
  return "ON MATCH SET " + keys.map((k) => `n.${k} = coalesce(n.${k}, row.props.${k})`).join(", ");
}

/**
 * Removes what one article claimed: its evidence on relationships (a relationship no other
 * article supports goes), its mentions, and entities that no article mentions any more.
 * With `deleteArticle` the Article node goes too.
 */
export async function retractArticleClaims(tx: ManagedTransaction, articleId: string, deleteArticle: boolean): Promise<{ nodesDeleted: number; relationshipsDeleted: number }> {
  let nodesDeleted = 0, relationshipsDeleted = 0;
  const count = (s: { counters: { updates(): { nodesDeleted: number; relationshipsDeleted: number } } }) => {
    nodesDeleted += s.counters.updates().nodesDeleted;
    relationshipsDeleted += s.counters.updates().relationshipsDeleted;
  };
  count((await tx.run(
    `MATCH (n)-[:MENTIONED_IN]->(:Article {id: $id})
     MATCH (n)-[r]->()
     WHERE type(r) IN $types AND $id IN r.sources
     SET r.sources = [s IN r.sources WHERE s <> $id],
         r.evidence = [e IN r.evidence WHERE NOT e STARTS WITH $prefix]
     WITH r WHERE size(r.sources) = 0
     DELETE r`,
    { id: articleId, prefix: `${articleId}|`, types: RELATION_TYPES },
  )).summary);
  count((await tx.run(
    `MATCH (n)-[m:MENTIONED_IN]->(:Article {id: $id})
     DELETE m
     WITH DISTINCT n
     WHERE NOT (n)-[:MENTIONED_IN]->()
     DETACH DELETE n`,
    { id: articleId },
  )).summary);
  if (deleteArticle) count((await tx.run("MATCH (a:Article {id: $id}) DETACH DELETE a", { id: articleId })).summary);
  return { nodesDeleted, relationshipsDeleted };
}

/** Deletes an article and the facts only it supported. Returns false when there was no such article. */
export async function deleteArticle(ctx: GraphContext, articleId: string): Promise<boolean> {
  return writeTx(ctx, async (tx) => {
    const found = await tx.run("MATCH (a:Article {id: $id}) RETURN a.id", { id: articleId });
    if (found.records.length === 0) return false;
    await retractArticleClaims(tx, articleId, true);
    return true;
  });
}
