import type { GraphContext } from "./GraphContext.ts";

/** Waits until the database answers a query (a server started before Neo4j waits and connects). */
export async function waitForDatabase(ctx: GraphContext, timeoutMs: number, log: (l: string) => void = () => {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let warned = false;
  for (;;) {
    try {
      await ctx.driver.executeQuery("RETURN 1", {}, { database: ctx.database });
      return;
    } catch (e) {
      const code = String((e as { code?: string }).code ?? "");
      if (code === "Neo.ClientError.Security.Unauthorized" || Date.now() > deadline) throw e;
      if (!warned) { log(`waiting for Neo4j (${(e as Error).message.split("\n")[0]})...`); warned = true; }
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

/** Whether the database answers right now (for /ready). */
export async function isDatabaseReady(ctx: GraphContext): Promise<boolean> {
  try {
    await ctx.driver.executeQuery("RETURN 1", {}, { database: ctx.database });
    return true;
  } catch {
    return false;
  }
}
