// npm run ingest -- [--dry-run] [--batch-size N] PATH...
// Loads article files (.txt/.md with optional front matter, .json, .jsonl) into the graph.
import { parseArgs } from "node:util";
import { resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfig } from "../config/loadConfig.ts";
import { openNeo4j, type OpenedNeo4j } from "../neo4j/openNeo4j.ts";
import { createDriver, type GraphContext } from "../graph/GraphContext.ts";
import { applyMigrations } from "../graph/applyMigrations.ts";
import { loadArticles, type ArticleToLoad } from "../graph/loadArticle.ts";
import { waitForDatabase } from "../graph/waitForDatabase.ts";
import { GraphError } from "../graph/GraphError.ts";
import { expandPaths, readArticleFile } from "../ingest/readArticleInputs.ts";
import { prepareArticleText } from "../ingest/prepareArticle.ts";
import { IngestProgress } from "../ingest/IngestProgress.ts";
import { ExtractInputError } from "../extract/ExtractInputError.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const USAGE = "usage: npm run ingest -- [--dry-run] [--batch-size N] PATH... (files, folders or globs of .txt .md .json .jsonl)";

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { "dry-run": { type: "boolean", default: false }, "batch-size": { type: "string", default: "200" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) { console.log(USAGE); return 0; }
  const batchSize = Number(values["batch-size"]);
  if (positionals.length === 0 || !Number.isInteger(batchSize) || batchSize < 1) { console.error(USAGE); return 2; }
  const config = loadConfig(process.env);
  const { files, problems } = expandPaths(positionals);
  for (const p of problems) console.error(`error: ${p}`);
  if (files.length === 0) { console.error("error: no article files found"); return 1; }

  const counts = { created: 0, updated: 0, unchanged: 0, failed: problems.length, nodesCreated: 0, relationshipsCreated: 0 };
  const t0 = Date.now();
  let neo: OpenedNeo4j | null = null;
  let graph: GraphContext | null = null;
  if (!values["dry-run"]) {
    neo = await openNeo4j(config, root, (l) => console.error(l));
    graph = { driver: createDriver(neo.connection.uri, neo.connection.username, neo.connection.password), database: neo.connection.database };
    await waitForDatabase(graph, config.managed.startTimeoutMs);
    await applyMigrations(graph);
  }
  // Set when the database stops answering: the rest is not attempted (each batch would wait out the
  // driver's retries only to fail), and the run says so; running it again skips what was loaded.
  let stopped: string | null = null;
  let notAttempted = 0;
  try {
    const progress = new IngestProgress(files.length);
    let batch: { item: ArticleToLoad; where: string }[] = [];
    let filesInBatch = 0;
    const flush = async () => {
      if (batch.length > 0 && graph) {
        try {
          const results = await loadArticles(graph, batch.map((b) => b.item));
          for (const r of results) {
            counts[r.status]++;
            counts.nodesCreated += r.nodesCreated;
            counts.relationshipsCreated += r.relationshipsCreated;
          }
        } catch (e) {
          counts.failed += batch.length;
          if (e instanceof GraphError && e.code === "DATABASE_UNAVAILABLE") {
            // The connection died: the commit may have reached the database before the answer was lost.
            progress.note(`error: batch of ${batch.length} articles (${batch[0]!.where} ...) not confirmed, it was written whole or not at all: ${e.message}`);
            stopped = e.message;
          } else {
            progress.note(`error: batch of ${batch.length} articles (${batch[0]!.where} ...) not loaded, nothing of it was written: ${(e as Error).message}`);
          }
        }
      } else if (!graph) {
        counts.created += batch.length;
      }
      progress.advance(filesInBatch);
      batch = [];
      filesInBatch = 0;
    };
    for (const file of files) {
      if (stopped) { notAttempted += readArticleFile(file, config.maxArticleBytes).length; continue; }
      for (const input of readArticleFile(file, config.maxArticleBytes)) {
        if (stopped) { notAttempted++; continue; }
        if ("error" in input) {
          counts.failed++;
          progress.note(`error: ${input.where}: ${input.error} (${input.code})`);
          continue;
        }
        try {
          const prepared = prepareArticleText(input.text, input.meta, config.maxArticleBytes);
          batch.push({ item: prepared, where: input.where });
        } catch (e) {
          counts.failed++;
          progress.note(`error: ${input.where}: ${(e as Error).message}${e instanceof ExtractInputError ? ` (${e.code})` : ""}`);
        }
        // A .jsonl file may hold thousands of articles: batches do not wait for the end of a file.
        if (batch.length >= batchSize) await flush();
      }
      filesInBatch++;
      if (batch.length >= batchSize) await flush();
    }
    if (!stopped) await flush();
  } finally {
    await graph?.driver.close();
    if (neo?.started) await neo.managed?.stop();
  }
  const secs = (Date.now() - t0) / 1000;
  const verb = values["dry-run"] ? "would load" : "new";
  console.log(`${values["dry-run"] ? "dry run: " : ""}${counts.created} ${verb}, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.failed} failed` +
    (values["dry-run"] ? "" : `; ${counts.nodesCreated} nodes and ${counts.relationshipsCreated} relationships created`) + ` in ${secs.toFixed(1)} s`);
  if (stopped) {
    console.error(`error: stopped early: ${stopped}; ${notAttempted} more articles were not attempted. ` +
      "Every batch is all or nothing: run the same command again once the database is back, and what was loaded is skipped as unchanged.");
  }
  return counts.failed > 0 || stopped ? 1 : 0;
}

main().then((code) => process.exit(code), (e: Error) => {
  console.error(`error: ${e.message}`);
  process.exit(1);
});
