import { writeTx, type GraphContext } from "./GraphContext.ts";
import { recordAudit } from "./recordAudit.ts";

/** An audit entry in a transaction of its own, for writes whose own transaction is elsewhere. */
export async function recordAuditEntry(ctx: GraphContext, actor: string, action: string, target: string, details: unknown): Promise<void> {
  await writeTx(ctx, (tx) => recordAudit(tx, actor, action, target, details));
}
