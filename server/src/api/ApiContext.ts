import type DataLoader from "dataloader";
import type { GraphContext } from "../graph/GraphContext.ts";
import type { OverviewLayouts } from "../layout/OverviewLayouts.ts";
import type { EntityProps, EvidenceRow, Page, PageRequest, RelationshipRow } from "../graph/findEntity.ts";

/** What every resolver gets: the graph, per-request loaders and who is calling. */
export interface ApiContext {
  graph: GraphContext;
  /** Labels and properties of entities by id. */
  entityLoader: DataLoader<string, EntityProps | null>;
  /** Pages of entities' relationships and mentions, batched into one transaction per request tick. */
  pageLoader: DataLoader<PageRequest, Page<RelationshipRow> | Page<EvidenceRow>, string>;
  /** Name of the API key the request carried, or null without a valid key. */
  actor: string | null;
  maxArticleBytes: number;
  /** Server-side positions of the overview (Graph.positions). */
  overviewLayouts: OverviewLayouts;
  /** Called after a write that may change the graph, so cached work (the overview layout) is redone ahead of readers. */
  graphChanged: () => void;
}
