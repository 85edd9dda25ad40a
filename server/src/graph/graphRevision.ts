/**
 * A number that goes up with every committed write that may change the graph's content, kept on one
 * `GraphRevision` node. Every such write runs under the loader lock (loaderLock.ts) and bumps it as
 * it releases the lock, in the same transaction, so a rolled-back write leaves it as it was and
 * every process that writes through Entente (the server, `npm run ingest`) moves it. Readers that
 * cache what they computed from the graph (overviewCache.ts) compare it first. Writes made outside
 * Entente (Cypher typed into Neo4j Browser) do not move it; restart the server after those.
 */
export const BUMP_GRAPH_REVISION = "MERGE (revision:GraphRevision {id: 'graph'}) SET revision.value = coalesce(revision.value, 0) + 1";

/** The current revision, or null when there is none yet (an empty or hand-cleared database): nothing may be cached then. */
export const READ_GRAPH_REVISION = "OPTIONAL MATCH (revision:GraphRevision {id: 'graph'}) RETURN revision.value AS revision";
