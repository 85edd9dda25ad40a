import type { ManagedTransaction } from "neo4j-driver";
import { readRows, type GraphContext } from "./GraphContext.ts";

export interface AuditEntryRow {
  id: string;
  at: string;
  actor: string;
  action: string;
  target: string;
  details: string;
}

/** Records who changed what, in the same transaction as the change itself. */
export async function recordAudit(tx: ManagedTransaction, actor: string, action: string, target: string, details: unknown): Promise<void> {
  await tx.run(
    "CREATE (:AuditEntry {id: randomUUID(), at: toString(datetime()), actor: $actor, action: $action, target: $target, details: $details})",
    { actor, action, target, details: JSON.stringify(details) },
  );
}

/** The audit trail, newest first. */
export async function findAuditTrail(ctx: GraphContext, offset: number, limit: number): Promise<{ items: AuditEntryRow[]; totalCount: number }> {
  const rows = await readRows<{ total: number; page: AuditEntryRow[] }>(
    ctx,
    `MATCH (e:AuditEntry) WITH e ORDER BY e.at DESC, e.id
     WITH collect(e {.*}) AS rows
     RETURN size(rows) AS total, rows[toInteger($offset)..toInteger($offset + $limit)] AS page`,
    { offset, limit },
  );
  return { items: rows[0]?.page ?? [], totalCount: rows[0]?.total ?? 0 };
}
