// The only place that reads the environment and wires singletons.
import { resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfig } from "./config/loadConfig.ts";
import { openNeo4j } from "./neo4j/openNeo4j.ts";
import { createDriver, type GraphContext } from "./graph/GraphContext.ts";
import { OverviewCache } from "./graph/overviewCache.ts";
import { applyMigrations } from "./graph/applyMigrations.ts";
import { isDatabaseReady, waitForDatabase } from "./graph/waitForDatabase.ts";
import { loadSeeds } from "./ingest/loadSeeds.ts";
import { createApp } from "./api/createApp.ts";
import { loadExamples, loadTypeDefs } from "./api/loadTypeDefs.ts";
import { createHttpServer, DEFAULT_MAX_BODY_BYTES } from "./api/createHttpServer.ts";
import { createGraphExporter } from "./export/createGraphExporter.ts";
import { createOverviewLayouts } from "./layout/OverviewLayouts.ts";
import { createOverviewWarmer } from "./layout/overviewWarmer.ts";
import type { Server } from "node:http";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const log = (line: string) => console.log(`[entente] ${line}`);

async function main(): Promise<void> {
  const t0 = Date.now();
  const config = loadConfig(process.env);
  const neo = await openNeo4j(config, root, log);
  if (neo.managed) log(`${neo.started ? "started" : "reusing"} local Neo4j at ${neo.connection.uri} in ${(neo.ms / 1000).toFixed(1)} s (logs: ${neo.managed.logFile})`);
  else log(`using Neo4j at ${neo.connection.uri} (database ${neo.connection.database})`);

  const driver = createDriver(neo.connection.uri, neo.connection.username, neo.connection.password);
  const graph: GraphContext = { driver, database: neo.connection.database, overviewCache: new OverviewCache() };
  let server: Server | null = null;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down`);
    const hard = setTimeout(() => process.exit(1), 90_000);
    hard.unref();
    if (server) await new Promise<void>((r) => server!.close(() => r()));
    warmer.stop();
    await overviewLayouts.close();
    await driver.close().catch(() => {});
    if (neo.started && neo.managed) {
      log("stopping local Neo4j...");
      await neo.managed.stop();
    }
    log("stopped");
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  try {
    await waitForDatabase(graph, config.managed.startTimeoutMs, log);
    await applyMigrations(graph);
  } catch (e) {
    if (neo.started) await neo.managed?.stop();
    throw e;
  }
  if (config.loadSeeds) {
    const t = Date.now();
    const results = await loadSeeds(graph, resolve(root, "seeds"), log);
    const count = (status: string) => results.filter((r) => r.status === status).length;
    // "refreshed": the text was there, but this version of Entente reads other facts from it.
    log(`seeds: ${results.length} articles (${count("created")} loaded, ${count("updated")} refreshed, ${count("unchanged")} already there) in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }

  const overviewLayouts = createOverviewLayouts({ log });
  const warmer = createOverviewWarmer(graph, overviewLayouts, { log });
  const app = createApp({ graph, overviewLayouts, onGraphChanged: warmer.graphChanged, typeDefs: loadTypeDefs(resolve(root, "schema")), examples: loadExamples(resolve(root, "schema")), apiKeys: config.apiKeys,
    privateReads: config.privateReads, corsOrigins: config.corsOrigins, maxArticleBytes: config.maxArticleBytes,
  });
  server = createHttpServer({ graphql: app, webDir: resolve(root, "web", "dist"), ready: () => isDatabaseReady(graph),
    maxBodyBytes: Math.max(DEFAULT_MAX_BODY_BYTES, 3 * config.maxArticleBytes),
    // /export has no key check of its own, so a server whose reads are private does not serve it (the CLI still exports).
    exportGraph: config.privateReads ? undefined : createGraphExporter(graph) });
  server.keepAliveTimeout = 5_000;
  const http = server;
  await new Promise<void>((r, reject) => {
    http.once("error", (e: NodeJS.ErrnoException) =>
      reject(e.code === "EADDRINUSE" ? new Error(`port ${config.port} is taken; set PORT to a free port`) : e));
    http.listen(config.port, config.host, () => r());
  });
  const host = config.host === "127.0.0.1" || config.host === "0.0.0.0" ? "localhost" : config.host;
  log(`ready at http://${host}:${config.port} (GraphiQL at /graphql) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  // The explorer's first view is the overview: lay it out before the first visitor asks.
  void warmer.warm();
}

main().catch((e: Error) => {
  console.error(`[entente] cannot start: ${e.message}`);
  process.exit(1);
});
