// Liveness and readiness, and a graceful shutdown of the real server process: SIGTERM during a
// request lets it finish, closes the driver and exits 0.
import { spawn } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import { resolve } from "node:path";
import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createApp } from "../../server/src/api/createApp.ts";
import { createHttpServer } from "../../server/src/api/createHttpServer.ts";
import { loadTypeDefs } from "../../server/src/api/loadTypeDefs.ts";
import { createDriver, type GraphContext } from "../../server/src/graph/GraphContext.ts";
import { isDatabaseReady } from "../../server/src/graph/waitForDatabase.ts";
import { generateArticles } from "../../server/src/synthetic/generateArticles.ts";
import { clearGraph, openTestGraph } from "../support/testGraph.ts";

const root = resolve(import.meta.dirname, "..", "..");
let graph: GraphContext;

async function listen(server: Server): Promise<string> {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
async function close(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", () => r()));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph);
});
afterAll(async () => { await graph.driver.close(); });

describe("health and readiness", () => {
  it("/health is 200 while the process lives; /ready is 200 with the database and 503 without it, fast", async () => {
    const typeDefs = loadTypeDefs(resolve(root, "schema"));
    const up = createHttpServer({ graphql: createApp({ graph, typeDefs, apiKeys: [] }), webDir: resolve(root, "web", "dist"), ready: () => isDatabaseReady(graph) });
    const downGraph: GraphContext = { driver: createDriver("bolt://127.0.0.1:1", "neo4j", "x"), database: "neo4j" };
    const down = createHttpServer({ graphql: createApp({ graph: downGraph, typeDefs, apiKeys: [] }), webDir: resolve(root, "web", "dist"), ready: () => isDatabaseReady(downGraph) });
    const [upUrl, downUrl] = [await listen(up), await listen(down)];
    try {
      expect((await fetch(`${upUrl}/health`)).status).toBe(200);
      const ready = await fetch(`${upUrl}/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: "ready" });
      expect((await fetch(`${downUrl}/health`)).status).toBe(200);
      const t0 = Date.now();
      const notReady = await fetch(`${downUrl}/ready`);
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toEqual({ status: "database unavailable" });
      expect(Date.now() - t0).toBeLessThan(4000);
      // A body over the limit is refused before the GraphQL server reads it into memory.
      const huge = await fetch(`${upUrl}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ stats { labels { label } } }", variables: { x: "x".repeat(17 * 1024 * 1024) } }) });
      expect(huge.status).toBe(413);
      expect(((await huge.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe("PAYLOAD_TOO_LARGE");
      expect((await fetch(`${upUrl}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ stats { labels { label } } }" }) })).status).toBe(200);
    } finally {
      await close(up);
      await close(down);
      await downGraph.driver.close();
    }
  });
});

describe("graceful shutdown of server/src/main.ts", () => {
  it("SIGTERM during a slow request: the request completes, new connections are refused, the process exits 0", async () => {
    const neo = inject("neo4j");
    const port = await freePort();
    // Node with tsx's loader in the same process, as `npm start` runs it. The tsx CLI would sit
    // between the signal and the server: it relays SIGTERM to its child and SIGKILLs it when the
    // child does not acknowledge within 30 ms, which a server busy extracting an article cannot.
    const launcher = process.env.ENTENTE_SHUTDOWN_LAUNCHER === "tsx" ? [resolve(root, "node_modules", ".bin", "tsx")] : [process.execPath, "--import", "tsx"];
    const child = spawn(launcher[0]!, [...launcher.slice(1), "server/src/main.ts"], {
      cwd: root,
      env: {
        ...process.env, NEO4J_URI: neo.uri, NEO4J_USERNAME: neo.username, NEO4J_PASSWORD: neo.password, NEO4J_DATABASE: neo.database,
        PORT: String(port), HOST: "127.0.0.1", ENTENTE_LOAD_SEEDS: "false", ENTENTE_API_KEYS: "shutdown-key",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "", stderr = "";
    child.stdout.on("data", (d) => { stdout += d; });
    child.stderr.on("data", (d) => { stderr += d; });
    const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
    let exitCode: number | null | undefined;
    void exited.then((c) => { exitCode = c; });
    try {
      const deadline = Date.now() + 90_000;
      while (!stdout.includes("ready at") && exitCode === undefined && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      expect(stdout, stderr).toContain("ready at");
      const url = `http://127.0.0.1:${port}`;

      // A slow-ish request: one long article (generated reports joined) to extract and load.
      const text = generateArticles({ count: 120, seed: 3 }).filter((a) => a.language === "en").map((a) => a.text).join("\n\n");
      const t0 = Date.now();
      const pending = fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: "Bearer shutdown-key" },
        body: JSON.stringify({ query: "mutation($t: String!) { ingestArticle(input: { text: $t, id: \"shutdown-1\", language: \"en\" }) { status article { id } } }", variables: { t: text } }),
      });
      await new Promise((r) => setTimeout(r, 300));
      child.kill("SIGTERM");
      const res = await pending.catch((e: Error) => { throw new Error(`${e.message}; server output:\n${stdout}\n${stderr}`); });
      const requestMs = Date.now() - t0;
      const body = (await res.json()) as { data?: { ingestArticle: { status: string } }; errors?: unknown[] };
      expect(res.status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data!.ingestArticle.status).toBe("created");
      // The server stopped listening: a new connection is refused while or after it drains.
      await expect(fetch(`${url}/health`)).rejects.toThrow();
      const code = await Promise.race([exited, new Promise<"timeout">((r) => setTimeout(() => r("timeout"), 30_000))]);
      console.log(`shutdown: the in-flight request (${(text.length / 1024).toFixed(0)} KB article) took ${requestMs} ms; exit code ${code}`);
      expect(code).toBe(0);
      expect(stdout).toContain("SIGTERM: shutting down");
      expect(stdout).toContain("stopped");
      const stored = await graph.driver.executeQuery("MATCH (a:Article {id: 'article:shutdown-1'}) RETURN count(a) AS n", {}, { database: graph.database });
      expect(stored.records[0]!.get("n")).toBe(1);
    } finally {
      if (exitCode === undefined) child.kill("SIGKILL");
    }
  }, 180_000);
});
