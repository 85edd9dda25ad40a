// npm run export -- --format graphml|gexf|csv|json [--ids state:MA,state:IL --depth 2] [--articles] [--max-nodes N] [--out FILE_OR_DIR]
// Writes the whole graph (or a neighborhood) for Gephi, yEd, Cytoscape, R, pandas or Excel.
import { mkdirSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfig } from "../config/loadConfig.ts";
import { openNeo4j, type OpenedNeo4j } from "../neo4j/openNeo4j.ts";
import { createDriver, type GraphContext } from "../graph/GraphContext.ts";
import { GraphError } from "../graph/GraphError.ts";
import { waitForDatabase } from "../graph/waitForDatabase.ts";
import { EXPORT_DEFAULT_MAX_NODES, fetchExportGraph } from "../graph/fetchExportGraph.ts";
import { parseExportScope } from "../export/parseExportScope.ts";
import { toCsv } from "../export/toCsv.ts";
import { toGexf } from "../export/toGexf.ts";
import { toGraphML } from "../export/toGraphML.ts";
import { toJson } from "../export/toJson.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const FORMATS = ["graphml", "gexf", "csv", "json"] as const;
type CliFormat = (typeof FORMATS)[number];
const USAGE = `usage: npm run export -- --format ${FORMATS.join("|")} [--ids ID,ID --depth 1..3] [--articles] [--max-nodes N] [--out FILE_OR_DIR]
  without --ids: the whole graph (articles only with --articles); csv writes nodes.csv and edges.csv into --out DIR;
  the other formats write to --out FILE, or to stdout without --out`;
// The CLI may raise the cap a researcher's machine can take; HTTP keeps the default.
const CLI_MAX_NODES = 1_000_000;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      format: { type: "string" }, ids: { type: "string" }, depth: { type: "string" }, articles: { type: "boolean", default: false },
      "max-nodes": { type: "string" }, out: { type: "string" }, help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) { console.log(USAGE); return 0; }
  const format = values.format as CliFormat;
  if (!FORMATS.includes(format)) { console.error(`error: --format must be one of ${FORMATS.join(", ")}\n${USAGE}`); return 2; }
  if (format === "csv" && !values.out) { console.error("error: csv writes two files (nodes.csv, edges.csv): give --out DIR"); return 2; }
  let scope;
  try {
    scope = parseExportScope({ ids: values.ids, depth: values.depth, articles: values.articles, maxNodes: values["max-nodes"] }, CLI_MAX_NODES);
  } catch (e) {
    console.error(`error: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }

  const config = loadConfig(process.env);
  let neo: OpenedNeo4j | null = null;
  let graph: GraphContext | null = null;
  try {
    neo = await openNeo4j(config, root, (l) => console.error(l));
    graph = { driver: createDriver(neo.connection.uri, neo.connection.username, neo.connection.password), database: neo.connection.database };
    await waitForDatabase(graph, config.managed.startTimeoutMs);
    const exported = await fetchExportGraph(graph, scope);
    for (const id of exported.missingIds) console.error(`warning: no node has the id ${id}`);
    if (scope.ids && exported.missingIds.length === scope.ids.length) return 1;
    const at = new Date();
    const written: string[] = [];
    if (format === "csv") {
      const dir = resolve(values.out!);
      mkdirSync(dir, { recursive: true });
      const { nodesCsv, edgesCsv } = toCsv(exported);
      writeFileSync(join(dir, "nodes.csv"), nodesCsv);
      writeFileSync(join(dir, "edges.csv"), edgesCsv);
      written.push(join(dir, "nodes.csv"), join(dir, "edges.csv"));
    } else {
      const body = format === "graphml" ? toGraphML(exported) : format === "gexf" ? toGexf(exported, at) : toJson(exported, at);
      if (values.out) {
        const file = resolve(values.out);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, body);
        written.push(file);
      } else {
        await new Promise<void>((r, reject) => process.stdout.write(body, (e) => (e ? reject(e) : r())));
      }
    }
    console.error(`exported ${exported.nodes.length} nodes and ${exported.edges.length} edges` +
      (exported.truncated ? ` (truncated at ${scope.maxNodes ?? EXPORT_DEFAULT_MAX_NODES} nodes; raise --max-nodes)` : "") +
      (written.length > 0 ? ` to ${written.join(" and ")}` : ""));
    return 0;
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    return e instanceof GraphError && e.code === "BAD_USER_INPUT" ? 2 : 1;
  } finally {
    await graph?.driver.close();
    if (neo?.started) await neo.managed?.stop();
  }
}

main().then((code) => process.exit(code), (e: Error) => {
  console.error(`error: ${e.message}`);
  process.exit(1);
});
