// The cost guard with `first:` passed as a variable, over the real app.
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/src/api/createApp.ts";
import { loadTypeDefs } from "../../server/src/api/loadTypeDefs.ts";
import type { GraphContext } from "../../server/src/graph/GraphContext.ts";
import { SAVED_VIEWS_QUERY } from "../../web/src/api/savedViewsQuery.ts";
import { SEARCH_QUERY } from "../../web/src/api/searchQuery.ts";
import { graphqlCaller, type GraphQLAnswer } from "../support/graphqlCaller.ts";
import { openTestGraph } from "../support/testGraph.ts";

const root = resolve(import.meta.dirname, "..", "..");
let graph: GraphContext;
let app: ReturnType<typeof createApp>;
let gql: ReturnType<typeof graphqlCaller>;

beforeAll(async () => {
  graph = await openTestGraph();
  app = createApp({ graph, typeDefs: loadTypeDefs(resolve(root, "schema")), apiKeys: [] });
  gql = graphqlCaller(app);
});
afterAll(async () => {
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
