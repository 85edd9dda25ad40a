import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/src/api/createApp.ts";
import { loadTypeDefs } from "../../server/src/api/loadTypeDefs.ts";
import type { GraphContext } from "../../server/src/graph/GraphContext.ts";
import { loadArticle } from "../../server/src/graph/loadArticle.ts";
import { clearGraph, openTestGraph } from "../support/testGraph.ts";
import { graphqlCaller } from "../support/graphqlCaller.ts";
import { sampleArticle } from "../support/sampleExtraction.ts";

const root = resolve(import.meta.dirname, "..", "..");
let graph: GraphContext;
let app: ReturnType<typeof createApp>;

let gql: ReturnType<typeof graphqlCaller>;

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph);
  const { article, extraction } = sampleArticle();
  await loadArticle(graph, article, extraction);
  app = createApp({ graph, typeDefs: loadTypeDefs(resolve(root, "schema")), apiKeys: ["k1"] });
  gql = graphqlCaller(app);
});
afterAll(async () => { await graph.driver.close(); });

describe("GraphQL API through yoga.fetch", () => {
  it("lists states with ISO codes and names in three languages", async () => {
    const { body } = await gql("{ states { totalCount nodes { id iso2 name names { lang value } } } }");
    expect(body.errors).toBeUndefined();
    expect(body.data.states.totalCount).toBe(2);
    expect(body.data.states.nodes.map((s: { iso2: string }) => s.iso2)).toEqual(["IL", "MA"]);
    expect(body.data.states.nodes[1].names).toContainEqual({ lang: "ar", value: "المغرب" });
  });

  it("finds entities by full-text search in Arabic and English, tolerant of spelling", async () => {
    const en = await gql('{ search(text: "gant") { nodes { node { id type } } } }');
    expect(en.body.data.search.nodes[0].node).toEqual({ id: "person:benny-gantz", type: "PERSON" });
    const ar = await gql('{ search(text: "والمغرب") { nodes { node { id } } } }');
    expect(ar.body.data.search.nodes.map((h: { node: { id: string } }) => h.node.id)).toContain("state:MA");
    const typo = await gql('{ search(text: "Moroco", types: [STATE]) { nodes { node { id } } } }');
    expect(typo.body.data.search.nodes[0]?.node.id).toBe("state:MA");
  });

  it("returns a state's relationships with evidence sentences", async () => {
    const { body } = await gql(`{ state(iso2: "ma") { name relationships { totalCount nodes { type direction role other { id type } evidence { sentence articleId spanStart spanEnd } } } } }`);
    const rels = body.data.state.relationships.nodes;
    expect(body.data.state.relationships.totalCount).toBe(rels.length);
    const host = rels.find((r: { type: string }) => r.type === "PARTICIPATED_IN");
    expect(host).toMatchObject({ direction: "OUT", role: "host", other: { type: "MEETING" } });
    expect(host.evidence[0].sentence).toContain("visited Rabat");
  });

  it("looks up a person, an agreement and a meeting, and any node by global id", async () => {
    const { body } = await gql(`{
      person(id: "person:benny-gantz") { name title stateIso2 }
      agreement(id: "agreement:mou:IL-MA:2021-11") { kind partyIso2 domains signedOn { value precision } }
      meeting(id: "meeting:visit:MA:IL-MA:2021-11-24") { kind hostIso2 startDate { value precision } }
      node(id: "state:IL") { __typename id }
      wrongType: person(id: "state:IL") { id }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.person).toEqual({ name: "Benny Gantz", title: "Defense Minister", stateIso2: "IL" });
    expect(body.data.agreement).toEqual({ kind: "mou", partyIso2: ["IL", "MA"], domains: ["defense"], signedOn: { value: "2021-11", precision: "MONTH" } });
    expect(body.data.meeting.startDate).toEqual({ value: "2021-11-24", precision: "DAY" });
    expect(body.data.node).toEqual({ __typename: "State", id: "state:IL" });
    expect(body.data.wrongType).toBeNull();
  });

  it("draws a neighborhood: nodes and edges among them, articles excluded", async () => {
    const { body } = await gql(`{ neighborhood(id: "person:benny-gantz", depth: 1) { nodes { id type degree } edges { source target type } truncated } }`);
    const ids = body.data.neighborhood.nodes.map((n: { id: string }) => n.id).sort();
    expect(ids).toEqual(["meeting:visit:MA:IL-MA:2021-11-24", "person:benny-gantz", "state:IL"]);
    expect(body.data.neighborhood.edges).toContainEqual({ source: "person:benny-gantz", target: "state:IL", type: "HOLDS_OFFICE" });
    const capped = await gql(`{ neighborhood(id: "state:MA", depth: 3, limit: 2) { nodes { id } truncated } }`);
    expect(capped.body.data.neighborhood).toMatchObject({ truncated: true });
    expect(capped.body.data.neighborhood.nodes).toHaveLength(2);
  });

  it("rejects bad arguments with BAD_USER_INPUT and malformed queries with a clear error", async () => {
    const depth = await gql(`{ neighborhood(id: "state:MA", depth: 9) { truncated } }`);
    expect(depth.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const malformed = await gql("{ states { iso2 ");
    expect([200, 400]).toContain(malformed.status); // 200 for plain application/json clients, per GraphQL over HTTP
    expect(malformed.body.errors?.[0]?.message).toMatch(/Syntax Error/);
    const unknown = await gql("{ nope }");
    expect(unknown.body.errors?.[0]?.message).toMatch(/Cannot query field/);
  });

  it("refuses queries deeper than the depth limit", async () => {
    const deep = `{ state(iso2: "MA") { relationships { nodes { other { id } evidence { sentence } } } } ${"a: states { nodes { iso2 } } ".repeat(0)}}`;
    expect((await gql(deep)).body.errors).toBeUndefined();
    const aliases = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: states { nodes { iso2 } }`).join(" ")} }`;
    const r = await gql(aliases);
    expect(r.body.errors?.[0]?.message).toMatch(/aliases/i);
  });

  it("serves GraphiQL at /graphql to a browser", async () => {
    const res = await app.fetch("http://test/graphql", { headers: { accept: "text/html" } });
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/graphiql/i);
  });
});
