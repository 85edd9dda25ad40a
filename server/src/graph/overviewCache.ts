import type { GraphResult } from "./findGraph.ts";

/**
 * The last overviews computed, per node limit, each with the graph revision it was read at
 * (graphRevision.ts). The overview is the explorer's first request and its heaviest read (every
 * node's degree, then their properties and edges: about 100 ms for the seed graph on a quiet
 * machine, several times that while a browser starts on the same cores); between writes it is the
 * same answer each time, so it is read once per revision. Results are shared: callers must not
 * change them.
 */
export class OverviewCache {
  private readonly entries = new Map<number, { revision: number; result: GraphResult }>();

  constructor(private readonly maxEntries = 4) {}

  /** The overview of `limit` nodes read at `revision`, if kept. */
  get(limit: number, revision: number): GraphResult | undefined {
    const entry = this.entries.get(limit);
    return entry?.revision === revision ? entry.result : undefined;
  }

  set(limit: number, revision: number, result: GraphResult): void {
    this.entries.delete(limit);
    this.entries.set(limit, { revision, result });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}
