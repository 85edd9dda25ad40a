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

export interface ArticleToLoad {
  article: ArticleRecord;
  extraction: ExtractionResult;
}

/** Loads one article in its own write transaction: all of it or nothing. */
export async function loadArticle(ctx: GraphContext, article: ArticleRecord, extraction: ExtractionResult): Promise<LoadResult> {
  const [r] = await loadArticles(ctx, [{ article, extraction }]);
  return r!;
}

/**
 * Loads a batch of articles in one write transaction (retried on transient errors): the whole
 * batch commits or none of it does. Each statement UNWINDs the rows of every article in the batch.
 * Loading the same article again changes nothing; an article whose text changed first has the
 * claims it made retracted (keeping what other articles also support), then the new ones asserted.
 * Node and relationship counts are for the batch as a whole and are reported on its first result.
 */
export async function loadArticles(ctx: GraphContext, batch: ArticleToLoad[]): Promise<LoadResult[]> {
  // The last copy of an id in a batch wins, as if they had been loaded one after the other.
  const byId = new Map<string, ArticleToLoad>();
  for (const item of batch) byId.set(item.article.id, item);
  const prepared = [...byId.values()].map((item) => articleToGraphRows(item.article, item.extraction));
  if (prepared.length === 0) return [];
  return writeTx(ctx, async (tx) => {
    const existing = await tx.run<{ id: string; hash: string | null }>(
      "UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.contentHash AS hash",
      { ids: prepared.map((r) => r.article.id) },
    );
    const prevHash = new Map(existing.records.map((r) => [r.get("id"), r.get("hash")]));
    const results = new Map<string, LoadResult>();
    const todo = [];
    for (const rows of prepared) {
      const id = rows.article.id as string;
      const status: LoadStatus = !prevHash.has(id) ? "created" : prevHash.get(id) === rows.article.contentHash ? "unchanged" : "updated";
      results.set(id, { articleId: id, status, nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 });
      if (status !== "unchanged") todo.push(rows);
    }
    const total = { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 };
    for (const rows of todo) {
      if (results.get(rows.article.id as string)!.status === "updated") {
        const r = await retractArticleClaims(tx, rows.article.id as string, false);
        total.nodesDeleted += r.nodesDeleted;
        total.relationshipsDeleted += r.relationshipsDeleted;
      }
    }
    if (todo.length > 0) {
      const tally = (s: { counters: { updates(): { nodesCreated: number; relationshipsCreated: number; relationshipsDeleted: number; nodesDeleted: number } } }) => {
        const u = s.counters.updates();
        total.nodesCreated += u.nodesCreated;
        total.relationshipsCreated += u.relationshipsCreated;
        total.relationshipsDeleted += u.relationshipsDeleted;
        total.nodesDeleted += u.nodesDeleted;
      };
      tally((await tx.run(
        `UNWIND $articles AS row
         MERGE (a:Article:Entity {id: row.id})
         SET a += row, a.ingestedAt = coalesce(a.ingestedAt, toString(datetime())), a.updatedAt = toString(datetime())`,
        { articles: todo.map((r) => r.article) },
      )).summary);
      for (const label of NODE_LABELS) {
        const list: NodeRow[] = todo.flatMap((r) => r.nodes[label]);
        if (list.length === 0) continue;
        // Names given on first sight stay; later articles add aliases and fill what was missing.
        tally((await tx.run(
          `UNWIND $rows AS row
           MERGE (n:${label}:Entity {id: row.id})
           ON CREATE SET n += row.props, n.createdAt = toString(datetime())
           ${fillMissing(list)}
           SET n.aliases = ${union("n.aliases", "row.aliases")},
               n.searchKeys = ${union("n.searchKeys", "row.keys")}
           SET n.searchText = reduce(s = coalesce(n.name, n.label, ''), x IN n.aliases | s + ' ' + x),
               n.searchKey = reduce(s = '', x IN n.searchKeys | s + ' ' + x)`,
          { rows: list },
        )).summary);
      }
      tally((await tx.run(
        `UNWIND $rows AS row
         MATCH (a:Article {id: row.aid})
         MATCH (n:Entity {id: row.id})
         MERGE (n)-[m:MENTIONED_IN]->(a)
         SET m.spans = row.spans, m.evidence = row.evidence`,
        { rows: todo.flatMap((r) => r.mentions.map((m) => ({ ...m, aid: r.article.id }))) },
      )).summary);
      for (const type of RELATION_TYPES) {
        const list = todo.flatMap((r) => r.rels[type].map((x) => ({ ...x, aid: r.article.id })));
        if (list.length === 0) continue;
        tally((await tx.run(
          `UNWIND $rows AS row
           MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
           MERGE (a)-[r:${type}]->(b)
           SET r.sources = ${union("r.sources", "[row.aid]")},
               r.evidence = ${union("r.evidence", "row.evidence")},
               r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
               r.role = coalesce(r.role, row.role),
               r.title = coalesce(r.title, row.title)`,
          { rows: list },
        )).summary);
      }
    }
    const out = [...results.values()];
    Object.assign(out[0]!, total);
    return out;
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
