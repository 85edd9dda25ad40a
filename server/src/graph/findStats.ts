import { readTx, type GraphContext } from "./GraphContext.ts";
import { RELATION_TYPES } from "./articleToGraphRows.ts";

const LABELS = ["State", "Person", "Organization", "Agreement", "Meeting", "Article"] as const;

/** Counts by label and relationship type, read from Neo4j's count store (constant time). */
export async function findStats(ctx: GraphContext): Promise<{ labels: { label: string; count: number }[]; relationships: { type: string; count: number }[] }> {
  return readTx(ctx, async (tx) => {
    const labels = [];
    for (const label of LABELS) {
      const r = await tx.run(`MATCH (n:${label}) RETURN count(n) AS c`);
      labels.push({ label, count: r.records[0]!.get("c") as number });
    }
    const relationships = [];
    for (const type of [...RELATION_TYPES, "MENTIONED_IN"]) {
      const r = await tx.run(`MATCH ()-[r:${type}]->() RETURN count(r) AS c`);
      relationships.push({ type, count: r.records[0]!.get("c") as number });
    }
    return { labels, relationships };
  });
}
