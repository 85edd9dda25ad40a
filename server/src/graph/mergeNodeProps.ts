import { refinedDate } from "../resolve/resolveEntityIds.ts";
import { precision, type NodeRow } from "./articleToGraphRows.ts";

/** Date properties a later, more precise report refines (with the property holding their precision). */
const REFINED_DATES: Record<string, [string, string]> = {
  Agreement: ["signedOn", "signedOnPrecision"],
  Meeting: ["startDate", "startPrecision"],
};

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The properties to write on one node, given what the graph holds (null for a new node) and the rows
 * of the batch that name it, in load order; null when nothing would change (so the node, and the
 * full-text index over it, is not touched). Names given on first sight stay; later reports fill what
 * is missing, add aliases and search keys, and refine a date with a more precise one inside it.
 */
export function mergeNodeProps(label: string, existing: Record<string, unknown> | null, rows: readonly NodeRow[], now: string): Record<string, unknown> | null {
  const first = rows[0];
  if (!first) return null;
  const props: Record<string, unknown> = existing ? { ...existing } : { ...first.props, id: first.id, createdAt: now };
  const dateKeys = REFINED_DATES[label];
  for (const row of existing ? rows : rows.slice(1)) {
    for (const [k, v] of Object.entries(row.props)) if (props[k] == null && v != null) props[k] = v;
    if (dateKeys) {
      const [dateKey, precisionKey] = dateKeys;
      const refined = refinedDate((props[dateKey] as string | null) ?? null, (row.props[dateKey] as string | null) ?? null);
      if (refined !== props[dateKey]) { props[dateKey] = refined; props[precisionKey] = precision(refined); }
    }
  }
  const aliases = [...new Set([...((existing?.aliases as string[] | undefined) ?? []), ...rows.flatMap((r) => r.aliases)])];
  const keys = [...new Set([...((existing?.searchKeys as string[] | undefined) ?? []), ...rows.flatMap((r) => r.keys)])];
  props.aliases = aliases;
  props.searchKeys = keys;
  props.searchText = [String(props.name ?? props.label ?? ""), ...aliases].join(" ");
  props.searchKey = keys.map((k) => ` ${k}`).join("");
  const changed: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) if (v != null && (!existing || !same(v, existing[k]))) changed[k] = v;
  return Object.keys(changed).length > 0 ? changed : null;
}
