// Hostile input at the GraphQL endpoint, calls generated from the schema: injection attempts,
// Lucene and Cypher syntax, NUL and control characters, very long strings in every string
// argument of every field, wrong types, out-of-range numbers; deep, wide, aliased and batched
// operations; malformed bodies. No 5xx but 503, every error has extensions.code, and nothing is
// written (or, for keyed mutations, nothing that was there is lost).
import { resolve } from "node:path";
import {
  buildASTSchema, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType, parse,
  type GraphQLArgument, type GraphQLField, type GraphQLInputType, type GraphQLSchema,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/src/api/createApp.ts";
import { loadTypeDefs } from "../../server/src/api/loadTypeDefs.ts";
import type { GraphContext } from "../../server/src/graph/GraphContext.ts";
import { loadArticle } from "../../server/src/graph/loadArticle.ts";
import { clearGraph, countGraph, openTestGraph } from "../support/testGraph.ts";
import { sampleArticle } from "../support/sampleExtraction.ts";
import { seededRandom } from "../support/seededRandom.ts";

const root = resolve(import.meta.dirname, "..", "..");
const typeDefs = loadTypeDefs(resolve(root, "schema"));
const schema: GraphQLSchema = buildASTSchema(parse(typeDefs.join("\n")));
const KEY = { authorization: "Bearer fuzz-key" };
let graph: GraphContext;
let app: ReturnType<typeof createApp>;
const tried = { calls: 0, errors: 0, byStatus: new Map<number, number>() };

const LONG = "x".repeat(100_000);
const HOSTILE: string[] = [
  "') DETACH DELETE n //", "\"}) MATCH (n) DETACH DELETE n //", "'; MATCH (n) DETACH DELETE n; //", "state:MA' OR '1'='1",
  "` DETACH DELETE n //", "MATCH (n) RETURN n", "CALL db.labels()", "CALL dbms.security.listUsers()", "$id", "{id: 'x'}",
  "*:*", "name:(a OR b)~", "a AND", "OR NOT", "(((", ")", "\\", "~", "^3", "\"", "/re/", "[a TO z]", "a*", "?", "&& ||", "!",
  "\u0000", "a\u0000b", "\u202e\u200f\u200b", "\uFEFF", "\uD800", "\r\n\t\f\v", " ", "", "ـــ", "المغرب والمملكة", "🇲🇦🇮🇱", "%00%27",
  "<script>alert(1)</script>", "../../etc/passwd", "null", "NaN", "-1", "9".repeat(40), "state:", "article:", "view:", "story:",
  LONG, "غ".repeat(60_000),
];

/** The strings every argument gets, and a seeded sample of the rest (so each argument sees a different mix). */
const ALWAYS = ["') DETACH DELETE n //", "*:*", "name:(a OR b)~", "a\u0000b", "", LONG];
const pickHostile = (random: ReturnType<typeof seededRandom>, k: number): string[] =>
  [...ALWAYS, ...Array.from({ length: k }, () => random.pick(HOSTILE))];

/** A plausible value for a required argument, so that the hostile one is what gets tested. */
function plausible(name: string, type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return plausible(name, type.ofType);
  if (isListType(type)) return [plausible(name, type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, plausible(f.name, f.type)]));
  }
  const t = getNamedType(type).name;
  if (t === "Int") return 1;
  if (t === "Float") return 0;
  if (t === "Boolean") return true;
  if (name === "iso2") return "MA";
  if (name === "text") return "Morocco and Israel signed a defense memorandum of understanding.";
  if (name === "state") return "{}";
  if (name === "title") return "fuzz";
  if (t === "ID") return name === "remove" || name === "to" ? "state:IL" : "state:MA";
  return "morocco";
}

/** Paths to every string-valued leaf of an argument (inside input objects and lists). */
function stringLeaves(type: GraphQLInputType, path: (string | number)[]): (string | number)[][] {
  const t = isNonNullType(type) ? type.ofType : type;
  if (isListType(t)) return stringLeaves(t.ofType, [...path, 0]);
  if (isInputObjectType(t)) return Object.values(t.getFields()).flatMap((f) => stringLeaves(f.type, [...path, f.name]));
  if (isScalarType(t) && (t.name === "String" || t.name === "ID")) return [path];
  return [];
}

function setAt(obj: Record<string, unknown>, path: (string | number)[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(obj);
  let cur: any = copy;
  for (let i = 0; i < path.length - 1; i++) {
    const k = path[i]!;
    cur[k] ??= typeof path[i + 1] === "number" ? [] : {};
    cur = cur[k];
  }
  cur[path.at(-1)!] = value;
  return copy;
}

function typeString(t: GraphQLInputType): string { return t.toString(); }

/** `query($a: T, ...) { field(a: $a, ...) { __typename } }` with the field's selection kept minimal. */
function operation(kind: "query" | "mutation", field: GraphQLField<unknown, unknown>): string {
  const decl = field.args.map((a) => `$${a.name}: ${typeString(a.type)}`).join(", ");
  const pass = field.args.map((a) => `${a.name}: $${a.name}`).join(", ");
  const named = getNamedType(field.type);
  const selection = isScalarType(named) || isEnumType(named) ? "" : " { __typename }";
  return `${kind}${decl ? `(${decl})` : ""} { ${field.name}${pass ? `(${pass})` : ""}${selection} }`;
}

function baseVariables(args: readonly GraphQLArgument[]): Record<string, unknown> {
  return Object.fromEntries(args.filter((a) => isNonNullType(a.type)).map((a) => [a.name, plausible(a.name, a.type)]));
}

async function post(body: string, headers: Record<string, string> = {}, contentType = "application/json") {
  const res = await app.fetch("http://test/graphql", { method: "POST", headers: { "content-type": contentType, ...headers }, body });
  const text = await res.text();
  tried.calls++;
  tried.byStatus.set(res.status, (tried.byStatus.get(res.status) ?? 0) + 1);
  let json: { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } | unknown[] | null = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = null; }
  return { status: res.status, text, json };
}

/** No 5xx but 503, and every GraphQL error carries a code. */
function expectSane(r: Awaited<ReturnType<typeof post>>, what: string): void {
  expect(r.status >= 500 && r.status !== 503, `${what}: HTTP ${r.status} ${r.text.slice(0, 300)}`).toBe(false);
  for (const result of Array.isArray(r.json) ? r.json : r.json ? [r.json] : []) {
    for (const e of (result as { errors?: { message: string; extensions?: { code?: string } }[] }).errors ?? []) {
      tried.errors++;
      expect(e.extensions?.code, `${what}: error without a code: ${e.message.slice(0, 200)}`).toBeTruthy();
      expect(e.extensions?.code, `${what}: ${e.message.slice(0, 200)}`).not.toBe("INTERNAL_SERVER_ERROR");
    }
  }
}

async function call(query: string, variables: Record<string, unknown>, what: string, headers: Record<string, string> = {}) {
  const r = await post(JSON.stringify({ query, variables }), headers);
  expectSane(r, what);
  return r;
}

const queryFields = Object.values(schema.getQueryType()!.getFields());
const mutationFields = Object.values(schema.getMutationType()!.getFields());

async function snapshot(): Promise<string> {
  const r = await graph.driver.executeQuery(
    "MATCH (n) OPTIONAL MATCH (n)-[r]->(m) RETURN n.id AS id, labels(n) AS l, count(r) AS out ORDER BY id", {}, { database: graph.database });
  return JSON.stringify(r.records.map((x) => [x.get("id"), x.get("l"), x.get("out")]));
}

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph);
  const { article, extraction } = sampleArticle();
  await loadArticle(graph, article, extraction);
  app = createApp({ graph, typeDefs, apiKeys: ["fuzz:fuzz-key"] });
});
afterAll(async () => {
  console.log(`GraphQL fuzz: ${tried.calls} requests, ${tried.errors} errors checked, by status ${JSON.stringify(Object.fromEntries(tried.byStatus))}`);
  await graph.driver.close();
});

describe("GraphQL endpoint under hostile input", () => {
  it("every string argument of every query field, with each hostile string: no 5xx, coded errors, nothing written", async () => {
    const before = await snapshot();
    const random = seededRandom(20261130);
    const randoms = Array.from({ length: 20 }, () => random.text(random.int(1, 400), [[0, 0x7f], [0x600, 0x6ff], [0x80, 0x2fff], [0xe000, 0xffff], [0x1f300, 0x1faff]]));
    for (const f of queryFields) {
      const q = operation("query", f);
      const base = baseVariables(f.args);
      for (const a of f.args) {
        for (const leaf of stringLeaves(a.type, [a.name])) {
          for (const v of [...pickHostile(random, 6), random.pick(randoms), random.pick(randoms)]) {
            const vars = setAt(base, leaf, v);
            await call(q, vars, `${f.name}.${leaf.join(".")}=${JSON.stringify(v.slice(0, 40))}`);
          }
        }
      }
    }
    expect(await snapshot()).toBe(before);
  }, 300_000);

  it("full-text search treats Lucene and Cypher syntax as text: results or BAD_USER_INPUT, never a database error", async () => {
    for (const text of HOSTILE) {
      const r = await call("query($t: String!) { search(text: $t) { nodes { node { id } } } }", { t: text }, `search ${JSON.stringify(text.slice(0, 30))}`);
      const body = r.json as { data?: any; errors?: { extensions: { code: string } }[] };
      if (text.length > 200) expect(body.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
      else expect(body.errors, `search ${JSON.stringify(text.slice(0, 30))}: ${JSON.stringify(body.errors)}`).toBeUndefined();
    }
    // Syntax does not widen the search: *:* finds nothing, and the real name still finds Morocco.
    const all = await call("{ search(text: \"*:*\") { nodes { node { id } } } }", {}, "search *:*");
    expect((all.json as any).data.search.nodes).toEqual([]);
    for (const text of ["morocco~", "(morocco)", "morocco*", "\"morocco\"", "morocco)", "morocco\\"]) {
      const ma = await call("query($t: String!) { search(text: $t) { nodes { node { id } } } }", { t: text }, `search ${text}`);
      expect((ma.json as any).data.search.nodes[0]?.node.id, text).toBe("state:MA");
    }
  });

  it("numbers out of range, wrong types, nulls for required arguments and unknown enum values: coded errors", async () => {
    const before = await snapshot();
    const wrong: unknown[] = ["abc", 1.5, true, {}, [], -1, 0, 2147483647, -2147483648, 1e12, null];
    for (const f of queryFields) {
      const q = operation("query", f);
      const base = baseVariables(f.args);
      for (const a of f.args) for (const v of wrong) await call(q, { ...base, [a.name]: v }, `${f.name}.${a.name}=${JSON.stringify(v)}`);
      // Inline literals of the wrong kind.
      for (const a of f.args) {
        const inline = `{ ${f.name}(${a.name}: ${a.type.toString().includes("Int") ? "\"1\"" : "12"})${isScalarType(getNamedType(f.type)) ? "" : " { __typename }"} }`;
        await call(inline, {}, `${f.name} inline ${a.name}`);
      }
    }
    for (const enumCase of ["{ search(text: \"x\", types: [NOPE]) { __typename } }", "{ people(orderBy: \"NAME\") { __typename } }", "{ agreements(order: SIDEWAYS) { __typename } }"]) {
      await call(enumCase, {}, enumCase);
    }
    // Huge lists.
    await call("query($ids: [ID!]) { neighborhood(ids: $ids) { __typename } }", { ids: Array.from({ length: 5000 }, (_, i) => `state:${i}`) }, "5000 ids");
    await call("query($t: [EntityType!]) { search(text: \"x\", types: $t) { __typename } }", { t: Array(5000).fill("STATE") }, "5000 types");
    await call("query($f: ListFilter) { agreements(filter: $f) { __typename } }", { f: { states: Array(5000).fill("MA"), domains: Array(5000).fill(LONG.slice(0, 1000)) } }, "huge filter");
    expect(await snapshot()).toBe(before);
  }, 300_000);

  it("deep, wide, aliased and batched operations are refused with codes; a legal batch is answered", async () => {
    const before = await snapshot();
    const nest = (n: number) => `{ state(iso2: "MA") { ${"relationships { nodes { other { ... on State { ".repeat(n)}id${" } } } }".repeat(n)} } }`;
    for (const n of [3, 11, 40]) {
      const r = await call(nest(n), {}, `depth ${n}`);
      if (n > 10) expect((r.json as any).errors?.length).toBeGreaterThan(0);
    }
    const aliases = await call(`{ ${Array.from({ length: 40 }, (_, i) => `a${i}: stats { labels { label } }`).join(" ")} }`, {}, "40 aliases");
    expect((aliases.json as any).errors?.[0]?.extensions?.code).toBeTruthy();
    const wide = await call(`{ stats { ${"labels { label count } ".repeat(3000)} } }`, {}, "3000 fields");
    expect((wide.json as any).errors?.[0]?.extensions?.code).toBeTruthy();
    const fragments = await call(`query { ...F0 } ${Array.from({ length: 30 }, (_, i) => `fragment F${i} on Query { stats { labels { label } } ${i < 29 ? `...F${i + 1}` : ""} }`).join(" ")}`, {}, "fragment chain");
    expect(fragments.status).toBeLessThan(500);
    const cyclic = await call("query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }", {}, "fragment cycle");
    expect((cyclic.json as any).errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const directives = await call(`{ stats ${"@include(if: true) ".repeat(50)} { labels { label } } }`, {}, "50 directives");
    expect((directives.json as any).errors?.length).toBeGreaterThan(0);
    const six = await post(JSON.stringify(Array(6).fill({ query: "{ stats { labels { label } } }" })));
    expectSane(six, "batch of 6");
    expect(six.status).toBe(413);
    const five = await post(JSON.stringify(Array(5).fill({ query: "{ neighborhood(id: \"state:MA\", depth: 2) { nodes { id } } }" })));
    expectSane(five, "batch of 5");
    expect(five.status).toBe(200);
    expect((five.json as unknown[]).length).toBe(5);
    const mixed = await post(JSON.stringify([{ query: "{ stats { labels { label } } }" }, { query: "{ nope }" }, { query: "mutation { deleteView(id: \"x\") }" }, "x", null]));
    expectSane(mixed, "mixed batch");
    expect(await snapshot()).toBe(before);
  });

  it("malformed bodies, queries and variables: 4xx (or a GraphQL error) with a code", async () => {
    const before = await snapshot();
    const random = seededRandom(7);
    const bodies: [string, string][] = [
      ["{not json", "application/json"], ["", "application/json"], ["null", "application/json"], ["[]", "application/json"], ["42", "application/json"],
      ["{\"query\": 5}", "application/json"], ["{\"query\": \"{ stats { labels { label } } }\", \"variables\": \"x\"}", "application/json"],
      ["{\"query\": \"{ stats { labels { label } } }\", \"variables\": [1]}", "application/json"],
      ["{\"query\": \"{ stats { labels { label } } }\", \"operationName\": 7}", "application/json"],
      ["{\"query\": \"{ stats { labels { label } } }\", \"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"abc\"}}}", "application/json"],
      ["{ stats }", "text/plain"], ["query={ stats }", "application/x-www-form-urlencoded"], ["\u0000\u0001", "application/octet-stream"],
      [JSON.stringify({ query: "{ stats { labels { label } } }" }).replace("{", "{\"__proto__\": {\"polluted\": 1},"), "application/json"],
      [`{"query": "${"{".repeat(5000)}"}`, "application/json"], [`${"[".repeat(100_000)}`, "application/json"],
    ];
    for (let i = 0; i < 40; i++) {
      const tokens = ["{", "}", "(", ")", "query", "mutation", "subscription", "fragment", "on", "...", "$x", ":", "!", "[", "]", "@skip", "stats", "search", "\"a\"", "1", "#", "\\u0000", "ingestArticle", "__schema", "__type"];
      bodies.push([JSON.stringify({ query: Array.from({ length: random.int(1, 60) }, () => random.pick(tokens)).join(" ") }), "application/json"]);
    }
    for (let i = 0; i < 10; i++) bodies.push([Buffer.from(random.bytes(random.int(1, 2000))).toString("latin1"), "application/json"]);
    for (const [body, type] of bodies) expectSane(await post(body, {}, type), `body ${JSON.stringify(body.slice(0, 60))} (${type})`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    for (const q of ["{ stats }", "subscription { stats { labels { label } } }", "{ __schema { types { name } } }", "{ __type(name: \"Query\") { name } }"]) {
      const r = await app.fetch(`http://test/graphql?query=${encodeURIComponent(q)}`, { headers: { accept: "application/json" } });
      tried.calls++;
      expect(r.status === 503 || r.status < 500).toBe(true);
      const text = await r.text();
      for (const e of (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors ?? []) expect(e.extensions?.code, `${q}: ${text}`).toBeTruthy();
    }
    expect(await snapshot()).toBe(before);
  });

  it("every mutation with hostile strings and no key: refused, nothing written", async () => {
    const before = await snapshot();
    for (const f of mutationFields) {
      const q = operation("mutation", f);
      const base = baseVariables(f.args);
      for (const a of f.args) for (const leaf of stringLeaves(a.type, [a.name])) {
        for (const v of HOSTILE.slice(0, 12).concat([LONG])) {
          const r = await call(q, setAt(base, leaf, v), `${f.name}.${leaf.join(".")} without key`, { authorization: `Bearer ${v.slice(0, 100)}` });
          const errs = (r.json as { errors?: { extensions?: { code?: string } }[] }).errors ?? [];
          expect(errs.length).toBeGreaterThan(0);
          expect(["UNAUTHENTICATED", "BAD_USER_INPUT"]).toContain(errs[0]!.extensions!.code);
        }
      }
    }
    expect(await snapshot()).toBe(before);
  }, 300_000);

  it("every mutation with hostile strings and a key: coded errors or stored as plain data, nothing that was there is lost", async () => {
    const ids = ["article:sample-1", "state:IL", "state:MA", "person:benny-gantz", "agreement:mou:IL-MA:2021-11", "meeting:visit:MA:IL-MA:2021-11-24"];
    const present = async () => (await graph.driver.executeQuery("UNWIND $ids AS id MATCH (n {id: id}) RETURN count(n) AS n", { ids }, { database: graph.database })).records[0]!.get("n");
    expect(await present()).toBe(ids.length);
    const relsBefore = (await countGraph(graph)).rels;
    const random = seededRandom(99);
    const skip = new Set(["mergeEntities", "deleteArticle"]); // both would legitimately remove sample facts.
    for (const f of mutationFields.filter((m) => !skip.has(m.name))) {
      const q = operation("mutation", f);
      const base = baseVariables(f.args);
      for (const a of f.args) for (const leaf of stringLeaves(a.type, [a.name])) {
        for (const v of pickHostile(random, 4)) await call(q, setAt(base, leaf, v), `${f.name}.${leaf.join(".")}=${JSON.stringify(v.slice(0, 30))} with key`, KEY);
      }
    }
    for (const v of pickHostile(random, 10)) {
      await call("mutation($k: ID!, $r: ID!) { mergeEntities(keep: $k, remove: $r) { id } }", { k: v, r: "state:IL" }, "merge hostile keep", KEY);
      await call("mutation($id: ID!) { deleteArticle(id: $id) { deleted } }", { id: v }, "delete hostile id", KEY);
    }
    expect(await present()).toBe(ids.length);
    expect((await countGraph(graph)).rels).toBeGreaterThanOrEqual(relsBefore);
    // Injection text was stored as text, verbatim.
    const stored = await graph.driver.executeQuery("MATCH (v:SavedView) WHERE v.title = $t RETURN count(v) AS n", { t: "') DETACH DELETE n //" }, { database: graph.database });
    expect(stored.records[0]!.get("n")).toBeGreaterThan(0);
  }, 300_000);
});
