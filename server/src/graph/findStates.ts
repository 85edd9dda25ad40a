import { readRows, type GraphContext } from "./GraphContext.ts";

/** Every state in the graph, by English name. */
export async function findStates(ctx: GraphContext): Promise<Record<string, unknown>[]> {
  const rows = await readRows<{ props: Record<string, unknown> }>(
    ctx,
    "MATCH (s:State) RETURN s {.*} AS props ORDER BY s.name",
  );
  return rows.map((r) => r.props);
}
