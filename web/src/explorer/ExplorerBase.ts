/**
 * What the exploration starts from: the overview (the most connected part of the graph) or one
 * entity's neighbourhood.
 */
export type ExplorerBase = { kind: "overview" } | { kind: "focus"; id: string; depth: number };

export const OVERVIEW_BASE: ExplorerBase = { kind: "overview" };
