import { BUMP_GRAPH_REVISION } from "./graphRevision.ts";

/**
 * Transactions that write claims or change entities are serialized: each first takes the write lock
 * of one LoaderLock node, created here and deleted by RELEASE_LOADER_LOCK in the same transaction (so
 * never visible), because entity resolution reads before it writes and two writers resolving at once
 * could each create the same agreement, or a curator's merge could remove a node a loader is about to
 * link to. MERGE on the constrained key makes a second writer wait for the first.
 * Releasing also bumps the graph revision (graphRevision.ts): these are the writes that change the graph.
 */
export const TAKE_LOADER_LOCK = "MERGE (lock:LoaderLock {id: 'loader'}) SET lock.at = timestamp()";
export const RELEASE_LOADER_LOCK = `MATCH (lock:LoaderLock {id: 'loader'}) DELETE lock WITH count(*) AS released ${BUMP_GRAPH_REVISION}`;
