import type { LoadedGraph } from "./LoadedGraph.ts";
import type { NetworkFilters } from "./NetworkFilters.ts";
import type { TimeRange } from "./TimeRange.ts";
import { isInTimeRange } from "./isInTimeRange.ts";

const KIND_FILTERED_TYPES = new Set(["AGREEMENT", "MEETING"]);

/**
 * Ids of the loaded nodes to draw: those not hidden by hand, of a type and kind switched on, of a
 * chosen domain (agreements), in the time range (dated items), and, when states are chosen,
 * those states and what links to them directly.
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
