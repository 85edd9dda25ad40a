import type DataLoader from "dataloader";
import type { GraphContext } from "../graph/GraphContext.ts";
import type { EntityDetails } from "../graph/findEntity.ts";

/** What every resolver gets: the graph, per-request loaders and who is calling. */
export interface ApiContext {
  graph: GraphContext;
  entityLoader: DataLoader<string, EntityDetails | null>;
  /** Name of the API key the request carried, or null without a valid key. */
  actor: string | null;
  maxArticleBytes: number;
}
