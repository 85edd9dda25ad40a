import { Worker } from "node:worker_threads";
import type { PreparedArticle } from "../../server/src/ingest/prepareArticle.ts";
import type { SyntheticArticle } from "../../server/src/synthetic/generateArticles.ts";

/**
 * Extracts articles in worker threads, chunk by chunk, yielding the chunks in input order as soon
 * as each is ready: the caller loads chunk k while the workers extract chunks k+1... Keeps at most
 * `ahead` chunks in flight so memory stays bounded.
 */
export async function* extractInWorkers(articles: SyntheticArticle[], chunkSize: number, workers: number, ahead = 4): AsyncGenerator<PreparedArticle[]> {
  // Node does not run .ts in a worker by itself: the worker boots through tsx's API.
  const boot = `import("tsx/esm/api").then(({ tsImport }) => tsImport(${JSON.stringify(new URL("./extractWorker.ts", import.meta.url).href)}, ${JSON.stringify(import.meta.url)}))`;
  const pool = Array.from({ length: workers }, () => new Worker(boot, { eval: true }));
  const pending = new Map<number, (p: PreparedArticle[]) => void>();
  for (const w of pool) w.on("message", (m: { seq: number; prepared: PreparedArticle[] }) => pending.get(m.seq)?.(m.prepared));
  const chunks: SyntheticArticle[][] = [];
  for (let i = 0; i < articles.length; i += chunkSize) chunks.push(articles.slice(i, i + chunkSize));
  const results: Promise<PreparedArticle[]>[] = [];
  const send = (seq: number) => {
    results[seq] = new Promise((resolve) => pending.set(seq, resolve));
    pool[seq % workers]!.postMessage({ seq, articles: chunks[seq] });
  };
  try {
    for (let seq = 0; seq < Math.min(ahead, chunks.length); seq++) send(seq);
    for (let seq = 0; seq < chunks.length; seq++) {
      const prepared = await results[seq]!;
      pending.delete(seq);
      if (seq + ahead < chunks.length) send(seq + ahead);
      yield prepared;
    }
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
