import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/src/api/createApp.ts";
import { loadExamples, loadTypeDefs } from "../../server/src/api/loadTypeDefs.ts";
import type { GraphContext } from "../../server/src/graph/GraphContext.ts";
import { loadSeeds } from "../../server/src/ingest/loadSeeds.ts";
import { clearGraph, openTestGraph } from "../support/testGraph.ts";

const root = resolve(import.meta.dirname, "..", "..");
const dir = resolve(root, "schema", "examples");
const files = readdirSync(dir).filter((f) => f.endsWith(".graphql")).sort();
let graph: GraphContext;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph);
  await loadSeeds(graph, resolve(root, "seeds"));
  app = createApp({ graph, typeDefs: loadTypeDefs(resolve(root, "schema")), examples: loadExamples(resolve(root, "schema")), apiKeys: ["docs:example-key"] });
});
afterAll(async () => { await graph.driver.close(); });

/** True when some list somewhere in the answer has items: the example shows real data. */
function hasItems(x: unknown): boolean {
  if (Array.isArray(x)) return x.length > 0;
  if (x && typeof x === "object") return Object.values(x).some(hasItems);
  return false;
}

describe("schema/examples run against a real database", () => {
  it("has examples", () => expect(files.length).toBeGreaterThanOrEqual(8));

  it.each(files)("%s answers without errors and with data", async (file) => {
    const query = readFileSync(resolve(dir, file), "utf8");
    const variables = /^\s*mutation\b/m.test(query)
      ? { text: "Egyptian Foreign Minister Sameh Shoukry visited Athens on Monday and signed an economic cooperation agreement between Egypt and Greece." }
      : {};
    const res = await app.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer example-key" },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    expect(hasItems(body.data)).toBe(true);
  });

  it("opens GraphiQL with the example queries", async () => {
    const res = await app.fetch("http://test/graphql", { headers: { accept: "text/html" } });
    const html = await res.text();
    expect(html).toContain("MoroccoFacts");
  });
});
