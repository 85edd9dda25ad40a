import { datePeriod } from "../explorer/datePeriod.ts";

export interface TimelineNode {
  id: string;
  type: string;
  date: string | null | undefined;
}

export interface TimelineEdge {
  source: string;
  target: string;
}

/** Horizontal distance between two consecutive dates (a wrapped label is up to 150 wide). */
const DATE_SPACING = 140;
const ROW_SPACING = 56;
/** Rows left empty between the tallest stack of dated items and the band of states or of people. */
const BAND_GAP_ROWS = 2;

/**
 * Positions for the timeline layout: agreements above the time axis and meetings below it, in
 * date order (an ordinal scale, so decades without news do not push everything to one side);
 * states above and people and organizations below, each under the mean x of the dated items
 * they are linked to. Items sharing a slot stack away from the axis.
 */
export function timelinePositions(nodes: readonly TimelineNode[], edges: readonly TimelineEdge[]): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  const dated = nodes
    .map((node) => ({ node, period: datePeriod(node.date) }))
    .filter((item): item is { node: TimelineNode; period: NonNullable<ReturnType<typeof datePeriod>> } => item.period !== null);
  const months = [...new Set(dated.map((item) => item.period.start))].sort();
  const columnOf = new Map(months.map((month, index) => [month, index]));
  const stacks = new Map<string, number>();
  const stack = (key: string) => {
    const count = stacks.get(key) ?? 0;
    stacks.set(key, count + 1);
    return count;
  };
  for (const { node, period } of dated) {
    const x = (columnOf.get(period.start) ?? 0) * DATE_SPACING;
    const above = node.type === "AGREEMENT";
    const row = stack(`${above ? "a" : "m"}:${x}`);
    positions.set(node.id, { x, y: above ? -ROW_SPACING * (row + 1) : ROW_SPACING * (row + 1) });
  }

  const neighbors = new Map<string, string[]>();
  for (const edge of edges) {
    (neighbors.get(edge.source) ?? neighbors.set(edge.source, []).get(edge.source)!).push(edge.target);
    (neighbors.get(edge.target) ?? neighbors.set(edge.target, []).get(edge.target)!).push(edge.source);
  }
  const meanDatedX = (id: string): number | null => {
    const xs = (neighbors.get(id) ?? []).flatMap((other) => {
      const position = positions.get(other);
      return position && dated.some((item) => item.node.id === other) ? [position.x] : [];
    });
    return xs.length > 0 ? xs.reduce((sum, x) => sum + x, 0) / xs.length : null;
  };

  // The bands sit just beyond the tallest stacks, so a small graph is not mostly empty space.
  const tallest = (prefix: string) => Math.max(0, ...[...stacks].filter(([key]) => key.startsWith(prefix)).map(([, count]) => count));
  const statesAt = -ROW_SPACING * (tallest("a:") + BAND_GAP_ROWS);
  const peopleAt = ROW_SPACING * (tallest("m:") + BAND_GAP_ROWS);
  const undated = nodes.filter((node) => !positions.has(node.id));
  const firstPass = new Map(undated.map((node) => [node.id, meanDatedX(node.id)]));
  for (const node of undated) {
    // Linked only to other undated nodes (a person to a state): sit with them.
    let x = firstPass.get(node.id) ?? null;
    if (x === null) {
      const xs = (neighbors.get(node.id) ?? []).flatMap((other) => {
        const value = firstPass.get(other);
        return value === null || value === undefined ? [] : [value];
      });
      x = xs.length > 0 ? xs.reduce((sum, value) => sum + value, 0) / xs.length : -DATE_SPACING * 2;
    }
    const slot = Math.round(x / DATE_SPACING) * DATE_SPACING;
    const isState = node.type === "STATE";
    const row = stack(`${isState ? "s" : "p"}:${slot}`);
    positions.set(node.id, {
      x: slot + (row % 2 === 0 ? 0 : DATE_SPACING / 2),
      y: isState ? statesAt - ROW_SPACING * row : peopleAt + ROW_SPACING * row,
    });
  }
  return positions;
}
