import type { EntityType } from "../../api/generated/graphqlTypes.ts";
import type { ExplorerNode } from "../../explorer/LoadedGraph.ts";

export interface FilterOption<T extends string = string> {
  value: T;
  count: number;
}

export interface StateOption extends FilterOption {
  node: ExplorerNode;
}

/** What the loaded nodes offer to filter on, with counts: types, kinds, domains and states. */
export interface FilterOptions {
  types: FilterOption<EntityType>[];
  kinds: (FilterOption & { type: EntityType })[];
  domains: FilterOption[];
  states: StateOption[];
}

const TYPE_ORDER: readonly EntityType[] = ["STATE", "PERSON", "ORGANIZATION", "AGREEMENT", "MEETING"];

/** Collects the filter choices from the loaded nodes; states come best connected first. */
export function filterOptions(nodes: Iterable<ExplorerNode>): FilterOptions {
  const types = new Map<EntityType, number>();
  const kinds = new Map<string, { type: EntityType; count: number }>();
  const domains = new Map<string, number>();
  const states: StateOption[] = [];
  for (const node of nodes) {
    types.set(node.type, (types.get(node.type) ?? 0) + 1);
    if ((node.type === "AGREEMENT" || node.type === "MEETING") && node.kind) {
      const entry = kinds.get(node.kind) ?? { type: node.type, count: 0 };
      entry.count += 1;
      kinds.set(node.kind, entry);
    }
    if (node.type === "AGREEMENT") for (const domain of node.domains ?? []) domains.set(domain, (domains.get(domain) ?? 0) + 1);
    if (node.type === "STATE") states.push({ value: node.id, count: node.degree, node });
  }
  return {
    types: TYPE_ORDER.filter((type) => types.has(type)).map((type) => ({ value: type, count: types.get(type) ?? 0 })),
    kinds: [...kinds]
      .map(([value, { type, count }]) => ({ value, type, count }))
      .sort((a, b) => a.type.localeCompare(b.type) || b.count - a.count || a.value.localeCompare(b.value)),
    domains: [...domains].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
    states: states.sort((a, b) => b.count - a.count || a.node.label.localeCompare(b.node.label)),
  };
}
