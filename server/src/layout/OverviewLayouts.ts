import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { networkLayoutOptions } from "../../../web/src/graph/networkLayoutOptions.ts";
import { nodeSizeForDegree } from "../../../web/src/graph/nodeMetrics.ts";
import type { GraphResult } from "../graph/findGraph.ts";
import { estimateNodeBox } from "./estimateNodeBox.ts";
import type { LayoutJob, LayoutReply } from "./layoutWorker.ts";

/** A node's place in a laid-out graph, in model units. */
export interface NodePositionRow {
  id: string;
  x: number;
  y: number;
}

/**
 * Force-directed positions for the overview, computed once per graph content and kept, so the
 * explorer draws its first view without running the layout in the browser (the largest part of
 * the first draw). The layout runs in a worker thread: it takes hundreds of milliseconds, which
 * must not stall other requests.
 */
export interface OverviewLayouts {
  /**
   * Positions for every node of `graph`: from the cache when this content was laid out before,
   * else computed now. Null when that takes longer than the wait (the caller then lays out
   * itself; the run goes on and serves the next request) or when the layout failed.
   */
  positionsFor(graph: Pick<GraphResult, "nodes" | "edges">, options?: { waitMs?: number }): Promise<NodePositionRow[] | null>;
  /** Layout runs started so far (a cached content starts none). */
  runs(): number;
  /** Ends the worker; later calls start a new one. */
  close(): Promise<void>;
}

export interface OverviewLayoutOptions {
  /** How long a request waits for a layout that is not cached yet. */
  waitMs?: number;
  /** How many graph contents are kept (different `limit`s, the last revisions). */
  cacheSize?: number;
  log?: (line: string) => void;
}

const WORKER_URL = new URL("./layoutWorker.ts", import.meta.url).href;
// The worker is TypeScript too. Node 20 does not carry the parent's loader hooks into a worker,
// so a two-line bootstrap imports it through tsx's API, found by absolute path: it starts the
// same under `node --import tsx`, Vitest or any working directory.
const TSX_API = tsxEsmApiUrl();
const WORKER_BOOTSTRAP = `import(${JSON.stringify(TSX_API)}).then((tsx) => tsx.tsImport(${JSON.stringify(WORKER_URL)}, ${JSON.stringify(WORKER_URL)}));`;

/** tsx's ESM API entry, read from its exports map (require.resolve would give the CommonJS one). */
function tsxEsmApiUrl(): string {
  const packageJsonPath = createRequire(import.meta.url).resolve("tsx/package.json");
  const manifest = JSON.parse(readFileSync(packageJsonPath, "utf8")) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(join(dirname(packageJsonPath), manifest.exports["./esm/api"]!.import.default)).href;
}

export function createOverviewLayouts(options: OverviewLayoutOptions = {}): OverviewLayouts {
  const waitMs = options.waitMs ?? 3000;
  const cacheSize = options.cacheSize ?? 4;
  const cache = new Map<string, Promise<NodePositionRow[] | null>>();
  let worker: Worker | null = null;
  let nextJobId = 1;
  let runs = 0;
  const pending = new Map<number, { resolve: (rows: NodePositionRow[] | null) => void }>();

  function failAll(reason: string): void {
    options.log?.(`overview layout worker stopped: ${reason}`);
    for (const job of pending.values()) job.resolve(null);
    pending.clear();
    worker = null;
  }

  function startedWorker(): Worker {
    if (worker) return worker;
    const started = new Worker(WORKER_BOOTSTRAP, { eval: true });
    started.on("message", (reply: LayoutReply) => {
      const job = pending.get(reply.id);
      if (!job) return;
      pending.delete(reply.id);
      if ("error" in reply) {
        options.log?.(`overview layout failed: ${reply.error}`);
        job.resolve(null);
      } else {
        job.resolve(reply.positions.map(([id, x, y]) => ({ id, x, y })));
      }
    });
    started.on("error", (error) => failAll(error.message));
    started.on("exit", (code) => {
      if (worker === started) failAll(`exit code ${code}`);
    });
    // An idle worker must not keep the process (a CLI, a test run) alive.
    started.unref();
    worker = started;
    return started;
  }

  function layOut(graph: Pick<GraphResult, "nodes" | "edges">, key: string): Promise<NodePositionRow[] | null> {
    const ids = new Set(graph.nodes.map((node) => node.id));
    const job: LayoutJob = {
      id: nextJobId++,
      nodes: graph.nodes.map((node) => ({
        id: node.id,
        ...estimateNodeBox({ type: node.type, degree: node.degree, labels: [node.labelEn, node.labelAr, node.label] }),
        size: nodeSizeForDegree(node.degree),
      })),
      edges: graph.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target)).map((edge) => ({ source: edge.source, target: edge.target })),
      options: networkLayoutOptions("fcose", { incremental: false, pinned: [] }),
      seed: Number.parseInt(key.slice(0, 8), 16),
    };
    runs += 1;
    return new Promise((resolve) => {
      pending.set(job.id, { resolve });
      startedWorker().postMessage(job);
    });
  }

  return {
    async positionsFor(graph, wait = {}) {
      if (graph.nodes.length === 0) return [];
      const key = contentKey(graph);
      let layout = cache.get(key);
      if (!layout) {
        layout = layOut(graph, key);
        cache.set(key, layout);
        // A failed run is not kept: the next request tries again.
        void layout.then((rows) => {
          if (rows === null && cache.get(key) === layout) cache.delete(key);
        });
        while (cache.size > cacheSize) cache.delete(cache.keys().next().value!);
      } else {
        // Most recently used last, so eviction drops the oldest content.
        cache.delete(key);
        cache.set(key, layout);
      }
      const limitMs = wait.waitMs ?? waitMs;
      if (!Number.isFinite(limitMs)) return layout;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), limitMs);
      });
      try {
        return await Promise.race([layout, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
    runs: () => runs,
    async close() {
      const current = worker;
      worker = null;
      for (const job of pending.values()) job.resolve(null);
      pending.clear();
      cache.clear();
      if (current) await current.terminate();
    },
  };
}

/**
 * Identifies what the layout depends on: the nodes with their type, degree and labels (which set
 * their size) and the edges between them. Order does not matter.
 */
export function contentKey(graph: Pick<GraphResult, "nodes" | "edges">): string {
  const hash = createHash("sha256");
  for (const node of [...graph.nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    hash.update(JSON.stringify([node.id, node.type, node.degree, node.label, node.labelEn ?? null, node.labelAr ?? null]));
  }
  hash.update("|");
  for (const edge of graph.edges.map((e) => `${e.source}>${e.target}`).sort()) hash.update(`${edge}\n`);
  return hash.digest("hex");
}
