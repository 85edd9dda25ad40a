import type { ManagedTransaction } from "neo4j-driver";
import { RELEASE_LOADER_LOCK, TAKE_LOADER_LOCK } from "./loaderLock.ts";
import type { ExtractionResult, RelationType } from "../extract/types.ts";
import { resolveEntityIds } from "../resolve/resolveEntityIds.ts";
import type { ArticleRecord } from "./ArticleRecord.ts";
import { articleToGraphRows, RELATION_TYPES, type GraphRows, type NodeRow } from "./articleToGraphRows.ts";
import { findResolutionCandidates } from "./findResolutionCandidates.ts";
import { LOADER_CYPHER } from "./loaderCypher.ts";
import { writeTx, type GraphContext } from "./GraphContext.ts";
import { mergeNodeProps } from "./mergeNodeProps.ts";
import { remapGraphRows } from "./remapGraphRows.ts";
import { resolvableEntitiesOf } from "./toResolvableEntity.ts";

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

export interface ArticleToLoad {
  article: ArticleRecord;
  extraction: ExtractionResult;
}

type Counters = { nodesCreated: number; nodesDeleted: number; relationshipsCreated: number; relationshipsDeleted: number };
type Summary = { counters: { updates(): Counters } };

/** Loads one article in its own write transaction: all of it or nothing. */
export async function loadArticle(ctx: GraphContext, article: ArticleRecord, extraction: ExtractionResult): Promise<LoadResult> {
  const [r] = await loadArticles(ctx, [{ article, extraction }]);
  return r!;
}


// Labels and relationship types are written as $(row.label) / $(row.type) (Neo4j 5.26 dynamic
// labels), so one statement writes every kind; their values come only from NODE_LABELS and
// RELATION_TYPES (checked in writeClaims), never from input. Nodes and relationships the graph lacks
// are CREATEd (the loader lock guarantees no one else creates them meanwhile): MERGE is kept for
// what may exist, which spares the planner and the lock manager most of the work.
const CREATE_NODES = LOADER_CYPHER + " UNWIND $rows AS row CREATE (n:Entity:$(row.label)) SET n = row.props";
const UPDATE_NODES = LOADER_CYPHER + " UNWIND $rows AS row MATCH (n:Entity {id: row.id}) SET n += row.props";

// Every mention of a loaded article is new: a changed article's old ones were retracted before.
const WRITE_ARTICLES_AND_MENTIONS = `${LOADER_CYPHER}
UNWIND $articles AS row
MERGE (a:Article:Entity {id: row.props.id})
SET a += row.props, a.ingestedAt = coalesce(a.ingestedAt, $now), a.updatedAt = $now
WITH a, row
UNWIND row.mentions AS m
MATCH (n:Entity {id: m.id})
CREATE (n)-[:MENTIONED_IN {spans: m.spans, evidence: m.evidence}]->(a)`;

const CREATE_RELATIONSHIPS = `${LOADER_CYPHER}
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r.sources = row.sources, r.evidence = row.evidence, r.confidence = row.confidence, r.role = row.role, r.title = row.title`;
const MERGE_RELATIONSHIPS = `${LOADER_CYPHER}
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type)]->(b)
ON CREATE SET r.sources = row.sources, r.evidence = row.evidence, r.confidence = row.confidence, r.role = row.role, r.title = row.title
ON MATCH SET r.sources = r.sources + [s IN row.sources WHERE NOT s IN r.sources],
             r.evidence = r.evidence + [e IN row.evidence WHERE NOT e IN r.evidence],
             r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
             r.role = coalesce(r.role, row.role),
             r.title = coalesce(r.title, row.title)`;

// How many articles support each node the batch touched (MENTIONED_IN is one per article); then unlock.
const COUNT_SOURCES_AND_UNLOCK = `${LOADER_CYPHER}
UNWIND $ids AS id
MATCH (n:Entity {id: id})
SET n.sourceCount = COUNT { (n)-[:MENTIONED_IN]->() }
WITH count(*) AS touched
${RELEASE_LOADER_LOCK}`;

/**
 * Loads a batch of articles in one write transaction (retried on transient errors): the whole
 * batch commits or none of it does. Loading the same article again changes nothing; an article
 * whose text changed first has the claims it made retracted (keeping what other articles also
 * support), then the new ones asserted. Persons, agreements and meetings another article already
 * reported under another id (another script, a looser date) are resolved to the existing node
 * (resolve/resolveEntityIds.ts). Each statement UNWINDs the rows of the whole batch, merged per
 * node and per relationship beforehand, so a node the batch names many times is written once, and
 * not at all when nothing about it changes.
 * Node and relationship counts are for the batch as a whole and are reported on its first result.
 */
export async function loadArticles(ctx: GraphContext, batch: ArticleToLoad[]): Promise<LoadResult[]> {
  // The last copy of an id in a batch wins, as if they had been loaded one after the other.
  const byId = new Map<string, ArticleToLoad>();
  for (const item of batch) byId.set(item.article.id, item);
  const prepared = [...byId.values()].map((item) => articleToGraphRows(item.article, item.extraction));
  if (prepared.length === 0) return [];
  return writeTx(ctx, async (tx) => {
    const total: Counters = { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 };
    const tally = (s: Summary) => {
      const u = s.counters.updates();
      total.nodesCreated += u.nodesCreated;
      total.relationshipsCreated += u.relationshipsCreated;
      total.relationshipsDeleted += u.relationshipsDeleted;
      total.nodesDeleted += u.nodesDeleted;
    };
    const existing = await tx.run<{ id: string; hash: string | null }>(
      `${LOADER_CYPHER} ${TAKE_LOADER_LOCK} WITH lock UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.contentHash AS hash`,
      { ids: prepared.map((r) => r.article.id) },
    );
    const prevHash = new Map(existing.records.map((r) => [r.get("id"), r.get("hash")]));
    const results = new Map<string, LoadResult>();
    const todo: GraphRows[] = [];
    for (const rows of prepared) {
      const id = rows.article.id as string;
      const status: LoadStatus = !prevHash.has(id) ? "created" : prevHash.get(id) === rows.article.contentHash ? "unchanged" : "updated";
      results.set(id, { articleId: id, status, nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 });
      if (status !== "unchanged") todo.push(rows);
    }
    for (const rows of todo) {
      if (results.get(rows.article.id as string)!.status === "updated") {
        const r = await retractArticleClaims(tx, rows.article.id as string, false);
        total.nodesDeleted += r.nodesDeleted;
        total.relationshipsDeleted += r.relationshipsDeleted;
      }
    }
    if (todo.length > 0) await writeClaims(tx, todo, tally);
    else await tx.run(RELEASE_LOADER_LOCK);
    const out = [...results.values()];
    Object.assign(out[0]!, total);
    return out;
  });
}

/** Resolves the batch's entities against the graph, then writes nodes, articles, mentions and relationships. */
async function writeClaims(tx: ManagedTransaction, todo: GraphRows[], tally: (s: Summary) => void): Promise<void> {
  const entities = todo.map(resolvableEntitiesOf);
  const ids = [...new Set(todo.flatMap((rows) => NODE_LABELS.flatMap((l) => rows.nodes[l].map((n) => n.id))))];
  const graphNodes = await findResolutionCandidates(tx, ids, entities.flat());
  const remaps = resolveEntityIds(
    todo.map((rows, i) => ({ publishedAt: (rows.article.publishedAt as string | null) ?? null, entities: entities[i]! })),
    graphNodes.candidates,
  );
  const resolved = todo.map((rows, i) => remapGraphRows(rows, remaps[i]!));
  const now = new Date().toISOString();

  const nodeWrites = NODE_LABELS.flatMap((label) => {
    const byNode = new Map<string, NodeRow[]>();
    for (const rows of resolved) for (const n of rows.nodes[label]) (byNode.get(n.id) ?? byNode.set(n.id, []).get(n.id)!).push(n);
    return [...byNode].flatMap(([id, rows]) => {
      const props = mergeNodeProps(label, graphNodes.props.get(id) ?? null, rows, now);
      return props ? [{ label, id, props }] : [];
    });
  });
  const isNew = (id: string) => !graphNodes.props.has(id);
  const created = nodeWrites.filter((w) => isNew(w.id)), updated = nodeWrites.filter((w) => !isNew(w.id));
  if (!created.every((w) => (NODE_LABELS as readonly string[]).includes(w.label))) throw new Error("unknown node label");
  if (created.length > 0) tally((await tx.run(CREATE_NODES, { rows: created })).summary);
  if (updated.length > 0) tally((await tx.run(UPDATE_NODES, { rows: updated })).summary);
  tally((await tx.run(WRITE_ARTICLES_AND_MENTIONS, { articles: resolved.map((r) => ({ props: r.article, mentions: r.mentions })), now })).summary);

  // One row per relationship for the whole batch, with the articles that state it.
  const rels = new Map<string, { type: string; from: string; to: string; role: string | null; title: string | null; confidence: number; sources: string[]; evidence: string[] }>();
  for (const type of RELATION_TYPES) for (const rows of resolved) for (const r of rows.rels[type]) {
    const key = `${type}|${r.from}|${r.to}`;
    const prev = rels.get(key);
    if (!prev) { rels.set(key, { type, from: r.from, to: r.to, role: r.role, title: r.title, confidence: r.confidence, sources: [rows.article.id as string], evidence: [...r.evidence] }); continue; }
    prev.sources.push(rows.article.id as string);
    prev.evidence.push(...r.evidence);
    prev.confidence = Math.max(prev.confidence, r.confidence);
    prev.role ??= r.role;
    prev.title ??= r.title;
  }
  // A relationship with an end the batch creates cannot exist yet.
  const relRows = [...rels.values()];
  if (!relRows.every((r) => RELATION_TYPES.includes(r.type as RelationType))) throw new Error("unknown relationship type");
  const fresh = relRows.filter((r) => isNew(r.from) || isNew(r.to)), known = relRows.filter((r) => !isNew(r.from) && !isNew(r.to));
  if (fresh.length > 0) tally((await tx.run(CREATE_RELATIONSHIPS, { rows: fresh })).summary);
  if (known.length > 0) tally((await tx.run(MERGE_RELATIONSHIPS, { rows: known })).summary);
  await tx.run(COUNT_SOURCES_AND_UNLOCK, { ids: [...new Set(resolved.flatMap((r) => r.mentions.map((m) => m.id)))] });
}

/**
 * Removes what one article claimed: its evidence on relationships (a relationship no other
 * article supports goes), its mentions, and entities that no article mentions any more.
 * With `deleteArticle` the Article node goes too.
 */
export async function retractArticleClaims(tx: ManagedTransaction, articleId: string, deleteArticle: boolean): Promise<{ nodesDeleted: number; relationshipsDeleted: number }> {
  let nodesDeleted = 0, relationshipsDeleted = 0;
  const count = (s: Summary) => {
    nodesDeleted += s.counters.updates().nodesDeleted;
    relationshipsDeleted += s.counters.updates().relationshipsDeleted;
  };
  // Both ends of every relationship an article states are mentioned by it: expanding between
  // mentioned pairs stays cheap even when one end is a state with thousands of relationships.
  count((await tx.run(
    `MATCH (a:Article {id: $id})
     MATCH (n)-[:MENTIONED_IN]->(a)<-[:MENTIONED_IN]-(o)
     MATCH (n)-[r]->(o)
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
     WITH n, COUNT { (n)-[:MENTIONED_IN]->() } AS supporting
     SET n.sourceCount = supporting
     WITH n, supporting WHERE supporting = 0
     DETACH DELETE n`,
    { id: articleId },
  )).summary);
  if (deleteArticle) count((await tx.run("MATCH (a:Article {id: $id}) DETACH DELETE a", { id: articleId })).summary);
  return { nodesDeleted, relationshipsDeleted };
}

/** Deletes an article and the facts only it supported. Returns false when there was no such article. */
export async function deleteArticle(ctx: GraphContext, articleId: string): Promise<boolean> {
  return writeTx(ctx, async (tx) => {
    const found = await tx.run(`${TAKE_LOADER_LOCK} WITH lock MATCH (a:Article {id: $id}) RETURN a.id`, { id: articleId });
    if (found.records.length > 0) await retractArticleClaims(tx, articleId, true);
    await tx.run(RELEASE_LOADER_LOCK);
    return found.records.length > 0;
  });
}
