import { resolve } from "node:path";
import type { AddressInfo } from "node:net";
import { createApp } from "../../server/src/api/createApp.ts";
import { createHttpServer } from "../../server/src/api/createHttpServer.ts";
import { loadTypeDefs } from "../../server/src/api/loadTypeDefs.ts";
import { createGraphExporter } from "../../server/src/export/createGraphExporter.ts";
import { isDatabaseReady } from "../../server/src/graph/waitForDatabase.ts";
import { loadSeeds } from "../../server/src/ingest/loadSeeds.ts";
import { createOverviewLayouts } from "../../server/src/layout/OverviewLayouts.ts";
import { createOverviewWarmer } from "../../server/src/layout/overviewWarmer.ts";
import { OverviewCache } from "../../server/src/graph/overviewCache.ts";
import { clearGraph, openTestGraph } from "./testGraph.ts";

export const repoRoot = resolve(import.meta.dirname, "..", "..");

/**
 * The real app (GraphQL + built web client) on an ephemeral port, over the test database
 * emptied and loaded with the seeds. The web client must be built (npm test builds it first).
 */
export async function startTestApp(opts: { apiKeys?: string[] } = {}): Promise<{ url: string; close(): Promise<void> }> {
  // As main.ts does: the overview is read once per graph revision.
  const graph = { ...(await openTestGraph()), overviewCache: new OverviewCache() };
  await clearGraph(graph);
  await loadSeeds(graph, resolve(repoRoot, "seeds"));
  // As main.ts does: the overview is laid out before the first page asks for it.
  const overviewLayouts = createOverviewLayouts();
  const warmer = createOverviewWarmer(graph, overviewLayouts);
  await warmer.warm();
  const app = createApp({ graph, overviewLayouts, onGraphChanged: warmer.graphChanged, typeDefs: loadTypeDefs(resolve(repoRoot, "schema")), apiKeys: opts.apiKeys ?? ["test-key"] });
  const server = createHttpServer({ graphql: app, webDir: resolve(repoRoot, "web", "dist"), ready: () => isDatabaseReady(graph), exportGraph: createGraphExporter(graph) });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      warmer.stop();
      await overviewLayouts.close();
      await graph.driver.close();
    },
  };
}
