import type { EntityType } from "../api/generated/graphqlTypes.ts";

/**
 * What the network shows, applied on the client to the loaded elements. Empty lists filter
 * nothing, so the default shows everything.
 */
export interface NetworkFilters {
  /** Entity types switched off. */
  hiddenTypes: EntityType[];
  /** Agreement and meeting kinds switched off (mou, treaty, visit, summit ...). */
  hiddenKinds: string[];
  /** When not empty, only agreements with one of these domains are shown. */
  domains: string[];
  /** When not empty (state ids), only these states and the nodes linked to them are shown. */
  states: string[];
}

export const NO_FILTERS: NetworkFilters = { hiddenTypes: [], hiddenKinds: [], domains: [], states: [] };

export function hasActiveFilters(filters: NetworkFilters): boolean {
  return filters.hiddenTypes.length + filters.hiddenKinds.length + filters.domains.length + filters.states.length > 0;
}
