import type { AppConfig } from "../config/loadConfig.ts";
import { ManagedNeo4j, type Neo4jConnection } from "./ManagedNeo4j.ts";

export interface OpenedNeo4j {
  connection: Neo4jConnection;
  /** The managed server, or null when NEO4J_URI points elsewhere. */
  managed: ManagedNeo4j | null;
  /** True when this call started the server (so this process should stop it). */
  started: boolean;
  ms: number;
}

export function managedNeo4jFor(config: AppConfig, root: string, instance: string, log: (l: string) => void, boltPort = config.managed.boltPort): ManagedNeo4j {
  return new ManagedNeo4j({ root, instance, boltPort, heap: config.managed.heap, pageCache: config.managed.pageCache, startTimeoutMs: config.managed.startTimeoutMs, log });
}

/** The configured Neo4j: the user's (NEO4J_URI, nothing started) or the managed local one, started if needed. */
export async function openNeo4j(config: AppConfig, root: string, log: (l: string) => void, instance = "main"): Promise<OpenedNeo4j> {
  if (config.external) return { connection: config.external, managed: null, started: false, ms: 0 };
  const managed = managedNeo4jFor(config, root, instance, log);
  const r = await managed.start();
  return { connection: r.connection, managed, started: r.started, ms: r.ms };
}
