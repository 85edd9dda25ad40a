// Access control: every mutation without a key, with a wrong key and with a right key; private
// reads; CORS limited to the configured origins; secrets never in logs or error messages.
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { createApp, type AppDeps } from "../../server/src/api/createApp.ts";
import { loadTypeDefs } from "../../server/src/api/loadTypeDefs.ts";
import neo4j from "neo4j-driver";
import type { GraphContext } from "../../server/src/graph/GraphContext.ts";
import { clearGraph, countGraph, openTestGraph } from "../support/testGraph.ts";

const root = resolve(import.meta.dirname, "..", "..");
const typeDefs = loadTypeDefs(resolve(root, "schema"));
const SECRET = "s3cret-Writer-Key-8f2a61";
const WRONG = "wr0ng-Key-Guess-77c1e0";
const NEO4J_PASSWORD_SECRET = "neo4j-Pa55word-never-shown-4d9b";
const RIGHT = { authorization: `Bearer ${SECRET}` };
let graph: GraphContext;

type Body = { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
type App = ReturnType<typeof createApp>;

function appWith(extra: Partial<AppDeps> = {}, g: GraphContext = graph): App {
  return createApp({ graph: g, typeDefs, apiKeys: [`writer:${SECRET}`], ...extra });
}

async function gql(app: App, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await app.fetch("http://test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text) as Body };
}

const ARTICLE = "Moroccan Foreign Minister Nasser Bourita met Israeli Foreign Minister Yair Lapid in Rabat on 11 August 2021. " +
  "Morocco and Israel signed a memorandum of understanding on political consultations.";

/** Each mutation with variables that a writer could legitimately send; `fresh()` prepares what it acts on. */
interface MutationCase { name: string; query: string; vars: () => Promise<Record<string, unknown>> }

let app: App;
const ids: { article?: string; people?: string[]; view?: string; story?: string } = {};

const MUTATIONS: MutationCase[] = [
  { name: "ingestArticle", query: "mutation($t: String!) { ingestArticle(input: { text: $t, published: \"2021-08-12\", language: \"en\", id: \"access-1\" }) { status article { id } } }",
    vars: async () => ({ t: ARTICLE }) },
  { name: "updateEntity", query: "mutation($id: ID!) { updateEntity(id: $id, input: { addAliases: [\"FM Bourita\"] }) { id } }",
    vars: async () => ({ id: ids.people![0] }) },
  { name: "mergeEntities", query: "mutation($k: ID!, $r: ID!) { mergeEntities(keep: $k, remove: $r) { id } }",
    vars: async () => ({ k: ids.people![0], r: ids.people![1] }) },
  { name: "deleteArticle", query: "mutation($id: ID!) { deleteArticle(id: $id) { id deleted } }",
    vars: async () => ({ id: "article:access-1" }) },
  { name: "saveView", query: "mutation($s: String!) { saveView(input: { title: \"v\", state: $s }) { id } }",
    vars: async () => ({ s: "{\"selection\":[]}" }) },
  { name: "saveStory", query: "mutation($v: ID!) { saveStory(input: { title: \"s\", steps: [{ viewId: $v }] }) { id } }",
    vars: async () => ({ v: ids.view }) },
  { name: "deleteStory", query: "mutation($id: ID!) { deleteStory(id: $id) }", vars: async () => ({ id: ids.story }) },
  { name: "deleteView", query: "mutation($id: ID!) { deleteView(id: $id) }", vars: async () => ({ id: ids.view }) },
];

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph);
  app = appWith();
});
afterAll(async () => { await graph.driver.close(); });

describe("auth matrix: every mutation", () => {
  // The order matters for the right-key pass: ingest, then curate what it made, then delete it;
  // a view, a story over it, then both deleted. Refused calls come first for each mutation, on
  // the same state, and must leave the graph as it was.
  for (const m of MUTATIONS) {
    it(`${m.name}: refused without a key and with a wrong key (401 UNAUTHENTICATED, nothing written), done with the right key`, async () => {
      if (m.name === "updateEntity") {
        const people = await gql(app, "{ people(first: 10) { nodes { id } } }");
        ids.people = people.body.data.people.nodes.map((p: { id: string }) => p.id);
        expect(ids.people!.length).toBeGreaterThanOrEqual(2);
      }
      const vars = await m.vars();
      const before = await countGraph(graph);
      for (const headers of [{}, { authorization: `Bearer ${WRONG}` }, { authorization: SECRET }, { authorization: `Basic ${SECRET}` }, { authorization: `Bearer ${SECRET}x` }] as Record<string, string>[]) {
        const r = await gql(app, m.query, vars, headers);
        expect(r.status, JSON.stringify(headers)).toBe(401);
        expect(r.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
        expect(r.body.data?.[m.name] ?? null).toBeNull();
        expect(r.text).not.toContain(SECRET);
        expect(r.text).not.toContain(WRONG);
      }
      expect(await countGraph(graph)).toEqual(before);

      const ok = await gql(app, m.query, vars, RIGHT);
      expect(ok.status).toBe(200);
      expect(ok.body.errors, `${m.name}: ${JSON.stringify(ok.body.errors)}`).toBeUndefined();
      expect(ok.body.data[m.name]).toBeTruthy();
      if (m.name === "ingestArticle") expect(ok.body.data.ingestArticle.status).toBe("created");
      if (m.name === "deleteArticle") expect(ok.body.data.deleteArticle.deleted).toBe(true);
      if (m.name === "saveView") ids.view = ok.body.data.saveView.id;
      if (m.name === "saveStory") ids.story = ok.body.data.saveStory.id;
      if (m.name === "deleteView" || m.name === "deleteStory") expect(ok.body.data[m.name]).toBe(true);
    });
  }

  it("the audit trail names the key, never its secret, and needs a key to be read", async () => {
    const anon = await gql(app, "{ auditTrail { nodes { actor } } }");
    expect(anon.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const trail = await gql(app, "{ auditTrail(first: 50) { nodes { actor action details } } }", {}, RIGHT);
    const actions = trail.body.data.auditTrail.nodes.map((n: { action: string }) => n.action);
    expect(actions).toEqual(expect.arrayContaining(["ingestArticle", "updateEntity", "mergeEntities", "deleteArticle"]));
    expect(new Set(trail.body.data.auditTrail.nodes.map((n: { actor: string }) => n.actor))).toEqual(new Set(["writer"]));
    expect(trail.text).not.toContain(SECRET);
  });
});

describe("private reads", () => {
  it("refuses reads without a key or with a wrong one and answers with the right key", async () => {
    const priv = appWith({ privateReads: true });
    for (const headers of [{}, { authorization: `Bearer ${WRONG}` }] as Record<string, string>[]) {
      const r = await gql(priv, "{ states { nodes { iso2 } } stats { labels { label count } } }", {}, headers);
      expect(r.status).toBe(401);
      expect(r.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(r.body.data ?? null).toBeNull();
    }
    const ok = await gql(priv, "{ states { nodes { iso2 } } }", {}, RIGHT);
    expect(ok.status).toBe(200);
    expect(ok.body.errors).toBeUndefined();
    expect(Array.isArray(ok.body.data.states.nodes)).toBe(true);
    // The same app with public reads answers without a key.
    expect((await gql(app, "{ states { nodes { iso2 } } }")).status).toBe(200);
  });

  it("refuses introspection and GET queries without a key too", async () => {
    const priv = appWith({ privateReads: true });
    const intro = await gql(priv, "{ __schema { queryType { name } } }");
    expect(intro.status).toBe(401);
    const get = await priv.fetch(`http://test/graphql?query=${encodeURIComponent("{ states { nodes { iso2 } } }")}`, { headers: { accept: "application/json" } });
    expect(get.status).toBe(401);
  });
});

describe("CORS", () => {
  const allowed = "https://analysts.example.org";
  const preflight = (a: App, origin: string) => a.fetch("http://test/graphql", {
    method: "OPTIONS",
    headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type,authorization" },
  });

  it("answers a preflight from a configured origin with that origin, and from another origin without it", async () => {
    const cors = appWith({ corsOrigins: [allowed, "http://localhost:5173"] });
    const ok = await preflight(cors, allowed);
    expect(ok.headers.get("access-control-allow-origin")).toBe(allowed);
    expect(ok.headers.get("access-control-allow-credentials")).not.toBe("true");
    for (const origin of ["https://evil.example.com", "https://analysts.example.org.evil.com", "null"]) {
      const bad = await preflight(cors, origin);
      const header = bad.headers.get("access-control-allow-origin");
      expect(header === null || header !== origin, `${origin} -> ${header}`).toBe(true);
      expect(header).not.toBe("*");
    }
    // A simple POST from a foreign origin gets no allow-origin either, so the browser hides the answer.
    const post = await cors.fetch("http://test/graphql", { method: "POST", headers: { origin: "https://evil.example.com", "content-type": "application/json" }, body: JSON.stringify({ query: "{ stats { labels { label } } }" }) });
    expect(post.headers.get("access-control-allow-origin")).not.toBe("https://evil.example.com");
    expect(post.headers.get("access-control-allow-origin")).not.toBe("*");
  });

  it("allows no cross-origin caller at all when no origin is configured", async () => {
    const r = await preflight(app, allowed);
    expect(r.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("secrets never in logs or error messages", () => {
  function captureOutput(): { text: () => string; restore: () => void } {
    const chunks: string[] = [];
    const spies = (["log", "info", "warn", "error", "debug", "trace"] as const).map((k) =>
      vi.spyOn(console, k).mockImplementation((...args: unknown[]) => { chunks.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}\n${String((a as { cause?: unknown }).cause)}` : typeof a === "string" ? a : JSON.stringify(a) ?? String(a))).join(" ")); }));
    const out = vi.spyOn(process.stdout, "write").mockImplementation((c: string | Uint8Array) => { chunks.push(String(c)); return true; });
    const err = vi.spyOn(process.stderr, "write").mockImplementation((c: string | Uint8Array) => { chunks.push(String(c)); return true; });
    return { text: () => chunks.join("\n"), restore: () => { for (const s of [...spies, out, err]) s.mockRestore(); } };
  }

  it("failing auth, a database that is down and a database that refuses the credentials leak neither the key nor the password", async () => {
    const neo = inject("neo4j");
    // The driver's retries would make the down case last 15 s or more; the mapping is what matters here.
    const quick = { disableLosslessIntegers: true, maxTransactionRetryTime: 500, connectionTimeout: 2000 };
    const down: GraphContext = { driver: neo4j.driver("bolt://127.0.0.1:1", neo4j.auth.basic("neo4j", NEO4J_PASSWORD_SECRET), quick), database: "neo4j" };
    const refused: GraphContext = { driver: neo4j.driver(neo.uri, neo4j.auth.basic("neo4j", NEO4J_PASSWORD_SECRET), quick), database: "neo4j" };
    const cap = captureOutput();
    const bodies: string[] = [];
    try {
      for (const headers of [{}, { authorization: `Bearer ${WRONG}` }, RIGHT] as Record<string, string>[]) {
        bodies.push((await gql(app, MUTATIONS[0]!.query, { t: ARTICLE }, headers)).text);
      }
      const downApp = appWith({}, down);
      const d1 = await gql(downApp, "{ states { nodes { iso2 } } }");
      const d2 = await gql(downApp, MUTATIONS[0]!.query, { t: ARTICLE }, RIGHT);
      expect(d1.status).toBe(503);
      expect(d1.body.errors?.[0]?.extensions?.code).toBe("DATABASE_UNAVAILABLE");
      expect(d2.body.errors?.[0]?.extensions?.code).toBe("DATABASE_UNAVAILABLE");
      const refusedApp = appWith({}, refused);
      const r1 = await gql(refusedApp, "{ search(text: \"morocco\") { nodes { node { id } } } }");
      expect(r1.status).toBe(503);
      expect(r1.body.errors?.[0]?.extensions?.code).toBe("DATABASE_UNAVAILABLE");
      bodies.push(d1.text, d2.text, r1.text);
    } finally {
      cap.restore();
      await down.driver.close();
      await refused.driver.close();
    }
    const everything = `${cap.text()}\n${bodies.join("\n")}`;
    for (const secret of [SECRET, WRONG, NEO4J_PASSWORD_SECRET, neo.password].filter((x) => x.length >= 6)) expect(everything).not.toContain(secret);
    // The masked messages still say what went wrong.
    expect(bodies.join("\n")).toContain("not reachable");
  });
});
