import { writeTx, type GraphContext } from "./GraphContext.ts";
import { RELEASE_LOADER_LOCK, TAKE_LOADER_LOCK } from "./loaderLock.ts";
import { RELATION_TYPES } from "./articleToGraphRows.ts";
import { GraphError } from "./GraphError.ts";
import { recordAudit } from "./recordAudit.ts";
import { labelOf } from "./toGraphNode.ts";
import { datePrecision } from "./dateRange.ts";
import { searchKey } from "../resolve/searchKey.ts";

const union = (a: string, b: string) => `reduce(acc = coalesce(${a}, []), x IN coalesce(${b}, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END)`;

/**
 * Merges `removeId` into `keepId` (same label): every relationship moves to the kept node, with
 * sources and evidence unioned; aliases are kept; the removed id is remembered in `mergedIds`.
 */
export async function mergeEntities(ctx: GraphContext, keepId: string, removeId: string, actor: string): Promise<void> {
  if (keepId === removeId) throw new GraphError("BAD_USER_INPUT", "keep and remove are the same entity");
  await writeTx(ctx, async (tx) => {
    // Loaders resolve against the nodes this merge removes: wait for them, and make them wait.
    await tx.run(TAKE_LOADER_LOCK);
    const found = await tx.run(
      "MATCH (n:Entity) WHERE n.id IN [$keep, $remove] RETURN n.id AS id, labels(n) AS labels",
      { keep: keepId, remove: removeId },
    );
    const labels = new Map(found.records.map((r) => [r.get("id") as string, labelOf(r.get("labels"))]));
    if (!labels.has(keepId)) throw new GraphError("NOT_FOUND", `no entity ${keepId}`);
    if (!labels.has(removeId)) throw new GraphError("NOT_FOUND", `no entity ${removeId}`);
    if (labels.get(keepId) !== labels.get(removeId)) throw new GraphError("BAD_USER_INPUT", `cannot merge a ${labels.get(removeId)} into a ${labels.get(keepId)}`);
    if (labels.get(keepId) === "Article" || labels.get(keepId) === "State") throw new GraphError("BAD_USER_INPUT", `${labels.get(keepId)} nodes are not merged (states are keyed by ISO code)`);
    for (const type of [...RELATION_TYPES, "MENTIONED_IN"]) {
      for (const [pattern, create] of [["(r)-[x:T]->(o)", "(k)-[y:T]->(o)"], ["(o)-[x:T]->(r)", "(o)-[y:T]->(k)"]] as const) {
        await tx.run(
          `MATCH (k:Entity {id: $keep}), (r:Entity {id: $remove})
           MATCH ${pattern.replace("T", type)} WHERE o <> k
           MERGE ${create.replace("T", type)}
           SET y.sources = ${union("y.sources", "x.sources")},
               y.evidence = ${union("y.evidence", "x.evidence")},
               y.spans = CASE WHEN x.spans IS NULL THEN y.spans ELSE coalesce(y.spans, []) + x.spans END,
               y.role = coalesce(y.role, x.role), y.title = coalesce(y.title, x.title),
               y.confidence = CASE WHEN y.confidence IS NULL OR x.confidence > y.confidence THEN x.confidence ELSE y.confidence END
           DELETE x`,
          { keep: keepId, remove: removeId },
        );
      }
    }
    await tx.run(
      `MATCH (k:Entity {id: $keep}), (r:Entity {id: $remove})
       SET k.aliases = ${union("k.aliases", "r.aliases + [coalesce(r.name, r.label)]")},
           k.searchKeys = ${union("k.searchKeys", "r.searchKeys")},
           k.mergedIds = ${union("k.mergedIds", "[r.id] + coalesce(r.mergedIds, [])")}
       SET k.searchText = reduce(s = coalesce(k.name, k.label, ''), x IN k.aliases | s + ' ' + x),
           k.searchKey = reduce(s = '', x IN k.searchKeys | s + ' ' + x)
       DETACH DELETE r`,
      { keep: keepId, remove: removeId },
    );
    await recordAudit(tx, actor, "mergeEntities", keepId, { removed: removeId });
    await tx.run(RELEASE_LOADER_LOCK);
  });
}

export interface EntityUpdate {
  name?: string | null;
  title?: string | null;
  kind?: string | null;
  status?: string | null;
  domains?: string[] | null;
  date?: string | null;
  stateIso2?: string | null;
  addAliases?: string[] | null;
}

/** Which properties a curator may set on which label, and where each is stored. */
const EDITABLE: Record<string, Partial<Record<keyof EntityUpdate, string>>> = {
  Person: { name: "name", title: "title", stateIso2: "stateIso2" },
  Organization: { name: "name", kind: "kind", stateIso2: "stateIso2" },
  Agreement: { name: "name", kind: "kind", status: "status", domains: "domains", date: "signedOn" },
  Meeting: { name: "name", kind: "kind", date: "startDate" },
  State: {},
};

/** Sets curated properties (and adds aliases) on one entity, recorded in the audit trail. */
export async function updateEntity(ctx: GraphContext, id: string, update: EntityUpdate, actor: string): Promise<void> {
  await writeTx(ctx, async (tx) => {
    // Names and aliases feed entity resolution: serialize with the loaders.
    await tx.run(TAKE_LOADER_LOCK);
    const found = await tx.run("MATCH (n:Entity {id: $id}) RETURN labels(n) AS labels", { id });
    if (found.records.length === 0) throw new GraphError("NOT_FOUND", `no entity ${id}`);
    const label = labelOf(found.records[0]!.get("labels"));
    const allowed = EDITABLE[label];
    if (!allowed) throw new GraphError("BAD_USER_INPUT", `${label} nodes cannot be edited`);
    const set: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(update) as [keyof EntityUpdate, unknown][]) {
      if (value === undefined || field === "addAliases") continue;
      const prop = allowed[field];
      if (!prop) throw new GraphError("BAD_USER_INPUT", `${field} cannot be set on a ${label}`);
      set[prop] = value;
    }
    if (typeof set.signedOn === "string") set.signedOnPrecision = datePrecision(set.signedOn);
    if (typeof set.startDate === "string") set.startPrecision = datePrecision(set.startDate);
    if (typeof set.name === "string" && (label === "Agreement" || label === "Meeting")) set.label = set.name;
    const aliases = (update.addAliases ?? []).map((a) => a.trim()).filter(Boolean);
    await tx.run(
      `MATCH (n:Entity {id: $id})
       SET n += $set
       SET n.aliases = ${union("n.aliases", "$aliases")},
           n.searchKeys = ${union("n.searchKeys", "$keys")}
       SET n.searchText = reduce(s = coalesce(n.name, n.label, ''), x IN n.aliases | s + ' ' + x),
           n.searchKey = reduce(s = '', x IN n.searchKeys | s + ' ' + x)`,
      { id, set, aliases, keys: [...new Set([...aliases, ...(typeof set.name === "string" ? [set.name] : [])].map(searchKey).filter(Boolean))] },
    );
    await recordAudit(tx, actor, "updateEntity", id, update);
    await tx.run(RELEASE_LOADER_LOCK);
  });
}
