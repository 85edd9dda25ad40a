import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from "neo4j-driver";
import { GraphError, toGraphError } from "./GraphError.ts";
import { probeDatabase } from "./waitForDatabase.ts";
import type { OverviewCache } from "./overviewCache.ts";

/** The driver and the database every graph function speaks to. */
export interface GraphContext {
  driver: Driver;
  database: string;
  /** Counts calls that reach the database; tests read it to prove there is no N+1. */
  queryCount?: { n: number };
  /** Keeps the overview between writes (findOverview); without it every call reads the graph. */
  overviewCache?: OverviewCache;
}

export function createDriver(uri: string, username: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(username, password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 20_000,
    connectionTimeout: 10_000,
    maxTransactionRetryTime: 15_000,
    userAgent: "entente/0.1",
  });
}

/**
 * Drivers whose database was last found unreachable. Managed transactions retry for up to
 * maxTransactionRetryTime (15 s, 25-30 s in practice) before giving up, which is right for a blip
 * but, while the database is down, would hold every request that long. So after one such failure,
 * each call first sends a probe that is not retried (milliseconds when the port is closed, 2 s at
 * most) and answers DATABASE_UNAVAILABLE at once while it fails; the first probe that succeeds
 * clears the mark.
 */
const seenDown = new WeakMap<Driver, true>();

function noteDown(ctx: GraphContext, e: GraphError): GraphError {
  if (e.code === "DATABASE_UNAVAILABLE") seenDown.set(ctx.driver, true);
  return e;
}

async function failFastWhileDown(ctx: GraphContext): Promise<void> {
  if (!seenDown.has(ctx.driver)) return;
  try {
    await probeDatabase(ctx, 2000);
    seenDown.delete(ctx.driver);
  } catch (e) {
    const g = toGraphError(e);
    throw g.code === "DATABASE_UNAVAILABLE" ? g : new GraphError("DATABASE_UNAVAILABLE", "the graph database is not reachable; try again shortly", { cause: e });
  }
}

/** How long a read runs before a probe checks whether the database is still there. */
const DOWN_CHECK_AFTER_MS = 1500;

/** Runs `work` in a managed, retried read transaction; errors come out as GraphError. */
export async function readTx<T>(ctx: GraphContext, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  if (ctx.queryCount) ctx.queryCount.n++;
  await failFastWhileDown(ctx);
  const session = ctx.driver.session({ database: ctx.database, defaultAccessMode: neo4j.session.READ });
  const read = session.executeRead(work, { timeout: 20_000 });
  // The session closes once the read settles, even when the answer went out before (below).
  const closed = read.then(() => {}, () => {}).finally(() => session.close().catch(() => {}));
  let timer: NodeJS.Timeout | undefined;
  let foundDown = false;
  // A read still running after DOWN_CHECK_AFTER_MS may be the driver retrying a database that has
  // gone: one probe tells. If it is down, the reader hears so now rather than after every retry; the
  // read itself, which changes nothing, is left to end on its own.
  const downCheck = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      probeDatabase(ctx, 2000).catch((e: unknown) => {
        const g = toGraphError(e);
        if (g.code !== "DATABASE_UNAVAILABLE") return;
        foundDown = true;
        reject(g);
      });
    }, DOWN_CHECK_AFTER_MS);
  });
  try {
    return await Promise.race([read, downCheck]);
  } catch (e) {
    throw noteDown(ctx, toGraphError(e));
  } finally {
    clearTimeout(timer);
    if (!foundDown) await closed;
  }
}

/** Runs `work` in a managed, retried write transaction: all of it commits, or none. */
export async function writeTx<T>(ctx: GraphContext, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  if (ctx.queryCount) ctx.queryCount.n++;
  await failFastWhileDown(ctx);
  const session = ctx.driver.session({ database: ctx.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(work, { timeout: 120_000 });
  } catch (e) {
    throw noteDown(ctx, toGraphError(e));
  } finally {
    await session.close();
  }
}

/** One read query, returning plain record objects. */
export async function readRows<R extends RecordShape>(ctx: GraphContext, cypher: string, params: Record<string, unknown> = {}): Promise<R[]> {
  return readTx(ctx, async (tx) => {
    const res = await tx.run<R>(cypher, params);
    return res.records.map((r) => r.toObject());
  });
}
