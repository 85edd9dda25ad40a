import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from "neo4j-driver";
import { toGraphError } from "./GraphError.ts";

/** The driver and the database every graph function speaks to. */
export interface GraphContext {
  driver: Driver;
  database: string;
  /** Counts calls that reach the database; tests read it to prove there is no N+1. */
  queryCount?: { n: number };
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

/** Runs `work` in a managed, retried read transaction; errors come out as GraphError. */
export async function readTx<T>(ctx: GraphContext, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  if (ctx.queryCount) ctx.queryCount.n++;
  const session = ctx.driver.session({ database: ctx.database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(work, { timeout: 20_000 });
  } catch (e) {
    throw toGraphError(e);
  } finally {
    await session.close();
  }
}

/** Runs `work` in a managed, retried write transaction: all of it commits, or none. */
export async function writeTx<T>(ctx: GraphContext, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  if (ctx.queryCount) ctx.queryCount.n++;
  const session = ctx.driver.session({ database: ctx.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(work, { timeout: 120_000 });
  } catch (e) {
    throw toGraphError(e);
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
