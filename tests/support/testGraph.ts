import { inject } from "vitest";
import { createDriver, type GraphContext } from "../../server/src/graph/GraphContext.ts";
import { applyMigrations } from "../../server/src/graph/applyMigrations.ts";

/** A graph context on the test database, migrated. Close its driver in afterAll. */
export async function openTestGraph(): Promise<GraphContext> {
  const c = inject("neo4j");
  const ctx: GraphContext = { driver: createDriver(c.uri, c.username, c.password), database: c.database, queryCount: { n: 0 } };
  await applyMigrations(ctx);
  return ctx;
}

/** Empties the test database (never the one npm start uses: see globalSetup). */
export async function clearGraph(ctx: GraphContext): Promise<void> {
  // CALL ... IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = ctx.driver.session({ database: ctx.database });
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS");
  } finally {
    await session.close();
  }
}

/**
 * Node and relationship counts of the graph's content, for idempotency checks: the GraphRevision
 * node, which only counts writes (server/src/graph/graphRevision.ts), is not content.
 */
export async function countGraph(ctx: GraphContext): Promise<{ nodes: number; rels: number }> {
  const r = await ctx.driver.executeQuery(
    "CALL () { MATCH (n) WHERE NOT n:GraphRevision RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels",
    {}, { database: ctx.database },
  );
  return { nodes: r.records[0]!.get("nodes"), rels: r.records[0]!.get("rels") };
}
