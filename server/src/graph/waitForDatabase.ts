import type { GraphContext } from "./GraphContext.ts";

/** Errors that waiting does not cure: wrong credentials, a database name that does not exist. */
const FATAL = new Set(["Neo.ClientError.Security.Unauthorized", "Neo.ClientError.Database.DatabaseNotFound", "Neo.ClientError.Security.AuthenticationRateLimit"]);

/**
 * One `RETURN 1` in an auto-commit transaction, which the driver does not retry (executeQuery
 * and managed transactions retry for up to maxTransactionRetryTime, 15 s here), bounded by
 * `timeoutMs`: a probe must answer fast whether the database is up or down.
 */
export async function probeDatabase(ctx: GraphContext, timeoutMs: number): Promise<void> {
  const session = ctx.driver.session({ database: ctx.database });
  let timer: NodeJS.Timeout | undefined;
  let answered = false;
  try {
    await Promise.race([
      session.run("RETURN 1"),
      new Promise((_, reject) => { timer = setTimeout(() => reject(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: "ProbeTimeout" })), timeoutMs); }),
    ]);
    answered = true;
  } finally {
    clearTimeout(timer);
    // Closing waits for the run to settle: a probe that timed out closes in the background.
    const closing = session.close().catch(() => {});
    if (answered) await closing;
  }
}

/** Waits until the database answers a query (a server started before Neo4j waits and connects). */
export async function waitForDatabase(ctx: GraphContext, timeoutMs: number, log: (l: string) => void = () => {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let warned = false;
  for (;;) {
    try {
      await probeDatabase(ctx, Math.max(1000, Math.min(5000, deadline - Date.now())));
      if (warned) log("Neo4j answers");
      return;
    } catch (e) {
      const code = String((e as { code?: string }).code ?? "");
      if (FATAL.has(code) || Date.now() > deadline) throw e;
      if (!warned) { log(`waiting for Neo4j (${(e as Error).message.split("\n")[0]})...`); warned = true; }
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/** Whether the database answers right now (for /ready): within 3 s, never waiting on retries. */
export async function isDatabaseReady(ctx: GraphContext, timeoutMs = 3000): Promise<boolean> {
  try {
    await probeDatabase(ctx, timeoutMs);
    return true;
  } catch {
    return false;
  }
}
