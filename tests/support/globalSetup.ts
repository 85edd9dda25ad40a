import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { loadConfig } from "../../server/src/config/loadConfig.ts";
import { managedNeo4jFor } from "../../server/src/neo4j/openNeo4j.ts";
import type { ManagedNeo4j, Neo4jConnection } from "../../server/src/neo4j/ManagedNeo4j.ts";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

const root = resolve(import.meta.dirname, "..", "..");
let managed: ManagedNeo4j | null = null;
let started = false;
const lockFile = resolve(root, ".entente", "test-run.lock");
let holdsLock = false;

/**
 * Two test runs on one machine would wipe each other's data: the second waits for the first.
 * The lock names its holder's pid, so a lock left by a killed run is taken over.
 */
async function acquireRunLock(): Promise<void> {
  mkdirSync(resolve(root, ".entente"), { recursive: true });
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      const fd = openSync(lockFile, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      holdsLock = true;
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const pid = Number(readFileSync(lockFile, "utf8") || 0);
      if (pid === process.pid) return;
      let alive = false;
      try { process.kill(pid, 0); alive = pid > 0; } catch { alive = false; }
      if (!alive) { rmSync(lockFile, { force: true }); continue; }
      if (Date.now() > deadline) throw new Error(`another test run (pid ${pid}) holds ${lockFile}`);
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
}

/**
 * Starts the test database once per run: NEO4J_TEST_URI when given, else a managed Neo4j of its
 * own ("test" instance, its own port and data folder), so tests never touch what `npm start` uses.
 * The test instance starts from an empty data folder every run.
 */
export async function setup(project: TestProject): Promise<void> {
  const env = process.env;
  if (env.NEO4J_TEST_URI) {
    project.provide("neo4j", { uri: env.NEO4J_TEST_URI, username: env.NEO4J_TEST_USERNAME ?? "neo4j", password: env.NEO4J_TEST_PASSWORD ?? "", database: env.NEO4J_TEST_DATABASE ?? "neo4j" });
    return;
  }
  await acquireRunLock();
  const config = loadConfig({ ...env, NEO4J_URI: undefined, ENTENTE_NEO4J_HEAP: env.ENTENTE_NEO4J_HEAP ?? "768m", ENTENTE_NEO4J_PAGECACHE: "128m" });
  const port = Number(env.ENTENTE_TEST_NEO4J_PORT ?? 7688);
  managed = managedNeo4jFor(config, root, "test", (l) => console.log(`[test-neo4j] ${l}`), port);
  if (!managed.runningPid()) managed.wipeData();
  const t0 = Date.now();
  const r = await managed.start();
  started = r.started;
  console.log(`[test-neo4j] ${r.started ? "started" : "reused"} ${r.connection.uri} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  project.provide("neo4j", r.connection);
}

export async function teardown(): Promise<void> {
  if (managed && started) await managed.stop();
  if (holdsLock) rmSync(lockFile, { force: true });
  holdsLock = false;
}
