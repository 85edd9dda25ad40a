import { DEFAULT_OVERVIEW_LIMIT, findOverview } from "../graph/findGraph.ts";
import type { GraphContext } from "../graph/GraphContext.ts";
import type { OverviewLayouts } from "./OverviewLayouts.ts";

/** Lays out the overview ahead of readers: at start-up and after writes. */
export interface OverviewWarmer {
  /** Lays out the current overview now; resolves when the layout is done (never rejects). */
  warm(): Promise<void>;
  /** Asks for a warm-up once writes have paused for the delay: a batch of ingests costs one layout. */
  graphChanged(): void;
  /** Cancels a pending warm-up. */
  stop(): void;
}

export function createOverviewWarmer(graph: GraphContext, layouts: OverviewLayouts, options: { delayMs?: number; log?: (line: string) => void } = {}): OverviewWarmer {
  const delayMs = options.delayMs ?? 1000;
  let timer: NodeJS.Timeout | undefined;
  const warm = async () => {
    try {
      const t = performance.now();
      const overview = await findOverview(graph, DEFAULT_OVERVIEW_LIMIT);
      const positions = await layouts.positionsFor(overview, { waitMs: Number.POSITIVE_INFINITY });
      if (positions) options.log?.(`overview laid out: ${positions.length} nodes in ${Math.round(performance.now() - t)} ms`);
    } catch (error) {
      // A reader asking later computes it then; the database may be down for now.
      options.log?.(`overview layout skipped: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return {
    warm,
    graphChanged() {
      clearTimeout(timer);
      timer = setTimeout(() => void warm(), delayMs);
      timer.unref();
    },
    stop() {
      clearTimeout(timer);
    },
  };
}
