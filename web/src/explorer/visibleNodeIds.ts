import type { LoadedGraph } from "./LoadedGraph.ts";
import type { NetworkFilters } from "./NetworkFilters.ts";
import type { TimeRange } from "./TimeRange.ts";
import { isInTimeRange } from "./isInTimeRange.ts";

const KIND_FILTERED_TYPES = new Set(["AGREEMENT", "MEETING"]);

/**
 * Ids of the loaded nodes to draw: those not hidden by hand, of a type and kind switched on, of a
 * chosen domain (agreements), in the time range (dated items; people and organizations through
 * their dated items), and, when states are chosen, those states and what links to them directly.
 */
export function visibleNodeIds(
  graph: LoadedGraph,
  filters: NetworkFilters,
  time: TimeRange,
  hiddenIds: readonly string[],
): Set<string> {
  const hidden = new Set(hiddenIds);
  const hiddenTypes = new Set<string>(filters.hiddenTypes);
  const hiddenKinds = new Set(filters.hiddenKinds);
  const domains = new Set(filters.domains);
  const passing = new Set<string>();
  for (const node of graph.nodes.values()) {
    if (hidden.has(node.id) || hiddenTypes.has(node.type)) continue;
    if (KIND_FILTERED_TYPES.has(node.type) && node.kind && hiddenKinds.has(node.kind)) continue;
    if (node.type === "AGREEMENT" && domains.size > 0 && !(node.domains ?? []).some((domain) => domains.has(domain))) continue;
    if (!isInTimeRange(node.date, time)) continue;
    passing.add(node.id);
  }
  dropInactiveActors(graph, time, passing);
  if (filters.states.length === 0) return passing;
  const states = new Set(filters.states.filter((id) => passing.has(id)));
  const kept = new Set(states);
  for (const edge of graph.edges.values()) {
    if (!passing.has(edge.source) || !passing.has(edge.target)) continue;
    if (states.has(edge.source)) kept.add(edge.target);
    if (states.has(edge.target)) kept.add(edge.source);
  }
  return kept;
}

/** Types shown through their dated neighbours: a person or body appears once it acts, as playback runs. */
const ACTOR_TYPES = new Set(["PERSON", "ORGANIZATION"]);

/**
 * People and organizations carry no date of their own. One linked to dated items (meetings,
 * agreements) none of which falls in the time range is left out; one linked to no dated item
 * stays, as nothing says when it belongs. Types or kinds switched off do not count: only dates.
 */
function dropInactiveActors(graph: LoadedGraph, time: TimeRange, passing: Set<string>): void {
  const active = new Map<string, boolean>();
  for (const edge of graph.edges.values()) {
    for (const [actorId, otherId] of [[edge.source, edge.target], [edge.target, edge.source]] as const) {
      if (active.get(actorId) === true || !passing.has(actorId)) continue;
      const actor = graph.nodes.get(actorId);
      const other = graph.nodes.get(otherId);
      if (!actor || !other || !ACTOR_TYPES.has(actor.type) || !other.date) continue;
      active.set(actorId, isInTimeRange(other.date, time));
    }
  }
  for (const [id, isActive] of active) if (!isActive) passing.delete(id);
}
