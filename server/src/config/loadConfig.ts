import { z } from "zod";

/** Everything Entente reads from the environment, validated once. The README's table mirrors this. */
export interface AppConfig {
  port: number;
  host: string;
  /** Set when the user brings their own Neo4j; null means the managed local one. */
  external: { uri: string; username: string; password: string; database: string } | null;
  managed: { boltPort: number; heap: string; pageCache: string; startTimeoutMs: number };
  /** Bearer keys allowed to write. Empty: writes are refused. */
  apiKeys: string[];
  /** Reads need a key too. */
  privateReads: boolean;
  /** Origins allowed to call the API from a browser; empty: same origin only. */
  corsOrigins: string[];
  loadSeeds: boolean;
  maxArticleBytes: number;
}

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default("127.0.0.1"),
  NEO4J_URI: z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, "must be a bolt://, neo4j:// or neo4j+s:// URI").optional(),
  NEO4J_USERNAME: z.string().optional(),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().regex(/^[A-Za-z0-9.\-]+$/).optional(),
  ENTENTE_NEO4J_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  ENTENTE_NEO4J_HEAP: z.string().regex(/^\d+[mg]$/, "like 512m or 1g").default("1g"),
  ENTENTE_NEO4J_PAGECACHE: z.string().regex(/^\d+[mg]$/, "like 512m or 1g").default("512m"),
  ENTENTE_NEO4J_START_TIMEOUT: z.coerce.number().int().min(5).default(180),
  ENTENTE_API_KEYS: z.string().default(""),
  ENTENTE_PRIVATE_READS: z.enum(["true", "false", "1", "0"]).default("false"),
  ENTENTE_CORS_ORIGINS: z.string().default(""),
  ENTENTE_LOAD_SEEDS: z.enum(["true", "false", "1", "0"]).default("true"),
  ENTENTE_MAX_ARTICLE_BYTES: z.coerce.number().int().min(1).default(2 * 1024 * 1024),
});

/** Reads and checks the configuration; throws one readable line per bad variable. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = schema.safeParse(clean);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`bad configuration: ${lines.join("; ")}`);
  }
  const c = parsed.data;
  if (c.NEO4J_URI && (!c.NEO4J_USERNAME || c.NEO4J_PASSWORD === undefined)) {
    throw new Error("bad configuration: NEO4J_URI is set, so NEO4J_USERNAME and NEO4J_PASSWORD must be set too");
  }
  return {
    port: c.PORT,
    host: c.HOST,
    external: c.NEO4J_URI
      ? { uri: c.NEO4J_URI, username: c.NEO4J_USERNAME!, password: c.NEO4J_PASSWORD!, database: c.NEO4J_DATABASE ?? "neo4j" }
      : null,
    managed: {
      boltPort: c.ENTENTE_NEO4J_PORT,
      heap: c.ENTENTE_NEO4J_HEAP,
      pageCache: c.ENTENTE_NEO4J_PAGECACHE,
      startTimeoutMs: c.ENTENTE_NEO4J_START_TIMEOUT * 1000,
    },
    apiKeys: c.ENTENTE_API_KEYS.split(",").map((k) => k.trim()).filter(Boolean),
    privateReads: c.ENTENTE_PRIVATE_READS === "true" || c.ENTENTE_PRIVATE_READS === "1",
    corsOrigins: c.ENTENTE_CORS_ORIGINS.split(",").map((o) => o.trim()).filter(Boolean),
    loadSeeds: c.ENTENTE_LOAD_SEEDS === "true" || c.ENTENTE_LOAD_SEEDS === "1",
    maxArticleBytes: c.ENTENTE_MAX_ARTICLE_BYTES,
  };
}
