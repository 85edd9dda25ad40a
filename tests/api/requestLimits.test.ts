// The cost guard with `first:` passed as a variable or left at its schema default, and the
// body-size guard with a chunked body (no Content-Length), over the real app and, for the body, a
// real HTTP connection.
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import type { Server } from "node:http";
import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { buildSchema, parse, validate } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARMOR, createApp } from "../../server/src/api/createApp.ts";
import { createHttpServer } from "../../server/src/api/createHttpServer.ts";
import { loadTypeDefs } from "../../server/src/api/loadTypeDefs.ts";
import type { GraphContext } from "../../server/src/graph/GraphContext.ts";
import { SAVED_VIEWS_QUERY } from "../../web/src/api/savedViewsQuery.ts";
import { SEARCH_QUERY } from "../../web/src/api/searchQuery.ts";
import { graphqlCaller, type GraphQLAnswer } from "../support/graphqlCaller.ts";
import { openTestGraph } from "../support/testGraph.ts";

const root = resolve(import.meta.dirname, "..", "..");
/** A small limit for the HTTP server under test, so that going over it is quick. */
const MAX_BODY = 64 * 1024;
let graph: GraphContext;
let app: ReturnType<typeof createApp>;
let gql: ReturnType<typeof graphqlCaller>;
let server: Server;
let port: number;

beforeAll(async () => {
  graph = await openTestGraph();
  app = createApp({ graph, typeDefs: loadTypeDefs(resolve(root, "schema")), apiKeys: [] });
  gql = graphqlCaller(app);
  server = createHttpServer({ graphql: app, webDir: "/nonexistent", ready: async () => true, maxBodyBytes: MAX_BODY });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
  await graph.driver.close();
});

const LISTS = "{ nodes { relationships(first: B) { nodes { evidence { sentence } } } } }";
const literal = (a: number, b: number) => `{ states(first: ${a}) ${LISTS.replace("B", String(b))} }`;
const withVariables = `query($a: Int, $b: Int) { states(first: $a) ${LISTS.replace("B", "$b")} }`;

function expectCostRefusal(answer: GraphQLAnswer): string {
  expect(answer.status).toBe(200);
  expect(answer.body.data ?? null).toBeNull();
  expect(answer.body.errors).toHaveLength(1);
  expect(answer.body.errors![0]!.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  expect(answer.body.errors![0]!.message).toMatch(/^Syntax Error: Query Cost limit of 30000 exceeded, found [\d.]+\.$/);
  return answer.body.errors![0]!.message;
}

describe("the cost guard counts `first:` passed as a variable", () => {
  it("the same over-cost query is refused with literals, with variables and with variable defaults, with the same error", async () => {
    const byLiterals = expectCostRefusal(await gql(literal(100, 100)));
    expect(byLiterals).toContain("found 290187.5.");
    expect(expectCostRefusal(await gql(withVariables, { a: 100, b: 100 }))).toBe(byLiterals);
    expect(expectCostRefusal(await gql("query($a: Int = 100, $b: Int = 100) { states(first: $a) " + LISTS.replace("B", "$b") + " }"))).toBe(byLiterals);
    // Mixed, and through a fragment (variables reach into fragments).
    expect(expectCostRefusal(await gql(`query($b: Int) { states(first: 100) ${LISTS.replace("B", "$b")} }`, { b: 100 }))).toBe(byLiterals);
    expectCostRefusal(await gql(`query($a: Int, $b: Int) { states(first: $a) { ...S } } fragment S on StateConnection ${LISTS.replace("B", "$b")}`, { a: 100, b: 100 }));
    // Within a batch, the over-cost operation is refused and the other one answered.
    const res = await app.fetch("http://test/graphql", {
      method: "POST", headers: { "content-type": "application/json" },
      body: JSON.stringify([{ query: withVariables, variables: { a: 100, b: 100 } }, { query: SAVED_VIEWS_QUERY, variables: { first: 100 } }]),
    });
    const [refused, answered] = (await res.json()) as GraphQLAnswer["body"][];
    expect(refused!.errors?.[0]?.message).toBe(byLiterals);
    expect(answered!.errors).toBeUndefined();
    expect(answered!.data.views.nodes).toBeInstanceOf(Array);
  });

  it("variables give the estimate literals give: both accepted just under the limit, both refused just over", async () => {
    // 10 states x 100 relationships is under 30,000; 11 x 100 is over.
    for (const [a, b, ok] of [[10, 100, true], [11, 100, false]] as const) {
      const byLiterals = await gql(literal(a, b));
      const byVariables = await gql(withVariables, { a, b });
      if (ok) {
        for (const answer of [byLiterals, byVariables]) {
          expect(answer.body.errors, JSON.stringify(answer.body.errors)).toBeUndefined();
          expect(answer.body.data.states.nodes).toBeInstanceOf(Array);
        }
      } else {
        expect(expectCostRefusal(byVariables)).toBe(expectCostRefusal(byLiterals));
      }
    }
  });

  it("the web client's queries with a variable `first` are accepted", async () => {
    for (const [query, variables] of [[SAVED_VIEWS_QUERY, { first: 100 }], [SEARCH_QUERY, { text: "Morocco", first: 8 }]] as const) {
      const { status, body } = await gql(query, variables);
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      expect(status).toBe(200);
    }
    // Variables that do not coerce still get their own error, not a cost one.
    const { body } = await gql(withVariables, { a: "many", b: 100 });
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.message).toMatch(/^Variable "\$a"/);
  });
});

describe("the cost guard counts the schema's default `first`", () => {
  // `states(first: Int = 100)` and `relationships(first: Int = 50)` in the schema.
  const NESTED = "{ nodes { relationships { nodes { evidence { sentence } } } } }";
  const withDefaults = (states = "") => `{ states${states} ${NESTED} }`;

  it("a nested query that leaves `first` out is refused with the error of the same query with `first` written as the defaults", async () => {
    // Armor's rule alone, at validation, counts each list as one item: it lets this query through.
    const schema = buildSchema(loadTypeDefs(resolve(root, "schema")).join("\n"));
    let atValidation = 0;
    expect(validate(schema, parse(withDefaults()), [costLimitRule({ ...ARMOR.costLimit, onAccept: [(_c, { n }) => { atValidation = n; }] })])).toEqual([]);
    expect(atValidation).toBeLessThan(100);

    const byLiterals = expectCostRefusal(await gql(literal(100, 50)));
    expect(byLiterals).toContain("found 145343.75.");
    expect(expectCostRefusal(await gql(withDefaults()))).toBe(byLiterals);
    // A null `first`, or a variable that is not provided or is null, pages by the default as well.
    expect(expectCostRefusal(await gql(`{ states(first: null) ${NESTED.replace("relationships", "relationships(first: null)")} }`))).toBe(byLiterals);
    expect(expectCostRefusal(await gql(`query($a: Int) { states(first: $a) ${NESTED} }`))).toBe(byLiterals);
    expect(expectCostRefusal(await gql(`query($a: Int, $b: Int) { states(first: $a) ${NESTED.replace("relationships", "relationships(first: $b)")} }`, { a: null, b: null }))).toBe(byLiterals);
    // Defaults count inside fragments too (a fragment adds a level to armor's estimate).
    const fragment = (states: string, relationships: string) => `{ states${states} { ...S } } fragment S on StateConnection ${NESTED.replace("relationships", `relationships${relationships}`)}`;
    expect(expectCostRefusal(await gql(fragment("", "")))).toBe(expectCostRefusal(await gql(fragment("(first: 100)", "(first: 50)"))));
  });

  it("defaults give the estimate explicit equal `first` values give: both accepted just under the limit, both refused just over", async () => {
    // 20 states x 50 relationships (the default) is under 30,000; 21 x 50 is over.
    for (const [a, ok] of [[20, true], [21, false]] as const) {
      const byLiterals = await gql(literal(a, 50));
      const byDefault = await gql(withDefaults(`(first: ${a})`));
      if (ok) {
        for (const answer of [byLiterals, byDefault]) {
          expect(answer.body.errors, JSON.stringify(answer.body.errors)).toBeUndefined();
          expect(answer.body.data.states.nodes).toBeInstanceOf(Array);
        }
      } else {
        const refusal = expectCostRefusal(byLiterals);
        expect(refusal).toContain("found 30522.1875.");
        expect(expectCostRefusal(byDefault)).toBe(refusal);
      }
    }
  });
});

interface HttpAnswer { status: number; body: string; sent: number }

/**
 * POSTs to /graphql with Transfer-Encoding: chunked over a real connection. `chunks` yields the
 * body; it is written with back-pressure and stops as soon as an answer arrives.
 */
function postChunked(chunks: Iterable<string>): Promise<HttpAnswer> {
  return new Promise((resolvePost, reject) => {
    let sent = 0;
    let answered = false;
    const req = request({ host: "127.0.0.1", port, method: "POST", path: "/graphql", headers: { "content-type": "application/json", "transfer-encoding": "chunked" } }, (res) => {
      answered = true;
      const parts: Buffer[] = [];
      res.on("data", (c: Buffer) => parts.push(c));
      res.on("end", () => resolvePost({ status: res.statusCode!, body: Buffer.concat(parts).toString("utf8"), sent }));
      res.on("error", reject);
    });
    // Once the server has answered and closed the connection, writes may fail: that is expected.
    req.on("error", (e) => { if (!answered) reject(e); });
    const it = chunks[Symbol.iterator]();
    const pump = () => {
      try {
        while (!answered) {
          const next = it.next();
          if (next.done) return void req.end();
          sent += Buffer.byteLength(next.value);
          if (!req.write(next.value)) return void req.once("drain", pump);
        }
      } catch (e) {
        req.destroy();
        reject(e);
      }
    };
    pump();
  });
}

/** `body` cut into pieces of `size` characters. */
function* pieces(body: string, size: number): Generator<string> {
  for (let i = 0; i < body.length; i += size) yield body.slice(i, i + size);
}

/** A JSON body of exactly `bytes` bytes: a query and a padding variable the operation does not declare. */
function bodyOf(bytes: number): string {
  const empty = JSON.stringify({ query: "{ stats { labels { label count } } }", variables: { pad: "" } });
  return empty.replace("\"pad\":\"\"", `"pad":"${"x".repeat(bytes - empty.length)}"`);
}

describe("the body-size guard counts a chunked body as it arrives", () => {
  it("a chunked body over the limit gets 413 PAYLOAD_TOO_LARGE before the client has finished sending it", async () => {
    // An endless body: the server must answer on its own, having read little past the limit.
    function* endless(): Generator<string> {
      yield "{\"query\": \"{ stats { labels { label } } }\", \"variables\": {\"pad\": \"";
      for (let i = 0; i < 1024; i++) yield "x".repeat(16 * 1024);
      throw new Error("the server let 16 MiB through without answering");
    }
    const answer = await postChunked(endless());
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({ errors: [{ message: `the request body is over the limit of ${MAX_BODY} bytes`, extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
    expect(answer.sent).toBeLessThan(16 * 1024 * 1024);
    // One byte over is refused too.
    expect((await postChunked(pieces(bodyOf(MAX_BODY + 1), 1000))).status).toBe(413);
  });

  it("a chunked body within the limit is answered, up to exactly the limit", async () => {
    for (const body of [JSON.stringify({ query: "{ stats { labels { label count } } }" }), bodyOf(MAX_BODY)]) {
      const answer = await postChunked(pieces(body, 1000));
      expect(answer.status, answer.body).toBe(200);
      const json = JSON.parse(answer.body) as GraphQLAnswer["body"];
      expect(json.errors).toBeUndefined();
      expect(json.data.stats.labels).toBeInstanceOf(Array);
    }
    // A query with variables, in many small pieces.
    const vars = await postChunked(pieces(JSON.stringify({ query: SAVED_VIEWS_QUERY, variables: { first: 5 } }), 7));
    expect(vars.status).toBe(200);
    expect((JSON.parse(vars.body) as GraphQLAnswer["body"]).data.views.nodes).toBeInstanceOf(Array);
    // An empty chunked body gets a coded client error, not a hang.
    const empty = await postChunked([]);
    expect(empty.status).toBeGreaterThanOrEqual(400);
    expect(empty.status).toBeLessThan(500);
  });
});
