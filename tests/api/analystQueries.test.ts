import { resolve } from "node:path";
import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/src/api/createApp.ts";
import { loadTypeDefs } from "../../server/src/api/loadTypeDefs.ts";
import type { GraphContext } from "../../server/src/graph/GraphContext.ts";
import { loadSeeds } from "../../server/src/ingest/loadSeeds.ts";
import { clearGraph, openTestGraph } from "../support/testGraph.ts";
import { graphqlCaller } from "../support/graphqlCaller.ts";

const root = resolve(import.meta.dirname, "..", "..");
let graph: GraphContext;
let app: ReturnType<typeof createApp>;

let gql: ReturnType<typeof graphqlCaller>;

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph);
  await loadSeeds(graph, resolve(root, "seeds"));
  app = createApp({ graph, typeDefs: loadTypeDefs(resolve(root, "schema")), apiKeys: ["curator:s3cret"] });
  gql = graphqlCaller(app);
});
afterAll(async () => { await graph.driver.close(); });

describe("analyst queries on the seed articles", () => {
  it("pages through agreements with cursors and filters them by party, domain and period", async () => {
    const all = await gql("{ agreements(first: 100) { totalCount nodes { id partyIso2 domains signedOn { value } } } }");
    expect(all.body.errors).toBeUndefined();
    const total = all.body.data.agreements.totalCount as number;
    expect(total).toBeGreaterThan(5);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i <= total / 3; i++) {
      const page: any = await gql("query($after: String) { agreements(first: 3, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }", { after });
      seen.push(...page.body.data.agreements.nodes.map((n: { id: string }) => n.id));
      if (!page.body.data.agreements.pageInfo.hasNextPage) break;
      after = page.body.data.agreements.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    const ma = await gql('{ agreements(filter: { states: ["MA"], from: "2021", to: "2022-12" }, first: 50) { nodes { partyIso2 signedOn { value } } } }');
    const items = ma.body.data.agreements.nodes as { partyIso2: string[]; signedOn: { value: string } | null }[];
    expect(items.length).toBeGreaterThanOrEqual(2);
    for (const a of items) {
      expect(a.partyIso2).toContain("MA");
      expect(a.signedOn!.value >= "2021" && a.signedOn!.value <= "2022-12-31").toBe(true);
    }
    const bad = await gql('{ agreements(filter: { from: "last year" }) { totalCount } }');
    expect(bad.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("finds a path between Morocco and Bahrain with evidence on every edge", async () => {
    const { body } = await gql('{ paths(from: "state:MA", to: "state:BH", maxLength: 4) { length nodes { id } edges { type evidence { sentence } } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.paths.length).toBeGreaterThan(0);
    const p = body.data.paths[0];
    expect(p.nodes[0].id).toBe("state:MA");
    expect(p.nodes.at(-1).id).toBe("state:BH");
    expect(p.edges).toHaveLength(p.length);
    for (const e of p.edges) expect(e.evidence.length).toBeGreaterThan(0);
  });

  it("gives each sequence of entities once, though two relationships may join the same pair", async () => {
    // Found in the data rather than named, so the test holds as extraction changes: a node joined to
    // another by two relationships (a state that signs and is party to an agreement, hosts and
    // attends a meeting), and a third node beyond. Every shortest path from the first to the third
    // runs through the same two steps, once per relationship between the first two.
    const found = await graph.driver.executeQuery(
      `MATCH (a:Entity)-[r1]-(m:Entity)-[r2]-(a), (m)-[r3]-(c:Entity)
       WHERE elementId(r1) < elementId(r2) AND c <> a AND NOT a:Article AND NOT m:Article AND NOT c:Article
         AND type(r1) <> 'MENTIONED_IN' AND type(r2) <> 'MENTIONED_IN' AND type(r3) <> 'MENTIONED_IN'
         AND NOT (a)--(c)
       RETURN a.id AS a, c.id AS c LIMIT 1`,
      {}, { database: graph.database },
    );
    expect(found.records.length).toBe(1);
    const [from, to] = [found.records[0]!.get("a") as string, found.records[0]!.get("c") as string];
    const { body } = await gql(`{ paths(from: "${from}", to: "${to}", maxLength: 2, first: 10) { length nodes { id } } }`);
    expect(body.errors).toBeUndefined();
    const routes = body.data.paths.map((p: { nodes: { id: string }[] }) => p.nodes.map((n) => n.id).join(" > "));
    expect(routes.length).toBeGreaterThan(0);
    expect(new Set(routes).size).toBe(routes.length);
  });

  it("orders an entity's timeline by date and restricts it to a period", async () => {
    const { body } = await gql('{ timeline(id: "state:MA") { totalCount nodes { date { value precision } node { id type } relation } } }');
    const dates = body.data.timeline.nodes.map((n: { date: { value: string } }) => n.date.value);
    expect(dates.length).toBeGreaterThanOrEqual(2);
    expect([...dates].sort()).toEqual(dates);
    const in2022 = await gql('{ timeline(id: "state:MA", from: "2022", to: "2022") { nodes { date { value } } } }');
    for (const n of in2022.body.data.timeline.nodes) expect(n.date.value.startsWith("2022")).toBe(true);
  });

  it("weights state ties in an alliance network as documented", async () => {
    const { body } = await gql('{ allianceNetwork(from: "2021", to: "2022") { ties { a { id } b { id } weight agreementCount meetingCount items { id type } } states { id } } }');
    expect(body.errors).toBeUndefined();
    const tie = body.data.allianceNetwork.ties.find((t: { a: { id: string }; b: { id: string } }) => t.a.id === "state:IL" && t.b.id === "state:MA");
    expect(tie).toBeDefined();
    expect(tie.agreementCount).toBeGreaterThanOrEqual(1);
    expect(tie.weight).toBeGreaterThanOrEqual(2);
    expect(tie.items.length).toBe(tie.agreementCount + tie.meetingCount);
    const strong = await gql("{ allianceNetwork(minWeight: 1000) { ties { weight } } }");
    expect(strong.body.data.allianceNetwork.ties).toEqual([]);
  });

  /** Follows `endCursor` until the last page and returns every item (at most 50 pages). */
  async function allPages(query: string, pick: (data: any) => { nodes: unknown[]; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null } }) {
    const items: unknown[] = [];
    let after: string | null = null;
    let totalCount = -1;
    for (let page = 0; page < 50; page++) {
      const { body } = await gql(query, { after });
      expect(body.errors).toBeUndefined();
      const connection = pick(body.data);
      totalCount = connection.totalCount;
      items.push(...connection.nodes);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    return { items, totalCount };
  }

  it("pages a state's relationships and mentions by cursor, with totals and a type filter", async () => {
    const rels = await allPages(
      "query($after: String) { state(iso2: \"MA\") { relationships(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { type direction other { id } } } } }",
      (d) => d.state.relationships,
    );
    expect(rels.totalCount).toBeGreaterThan(6);
    expect(rels.items).toHaveLength(rels.totalCount);
    const keys = rels.items.map((r: any) => `${r.type}:${r.direction}:${r.other.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    const whole = await gql("{ state(iso2: \"MA\") { relationships(first: 100) { nodes { type direction other { id } } } } }");
    expect(whole.body.data.state.relationships.nodes.map((r: any) => `${r.type}:${r.direction}:${r.other.id}`)).toEqual(keys);

    const parties = await gql("{ state(iso2: \"MA\") { relationships(types: [PARTY_TO], first: 100) { totalCount nodes { type } } } }");
    const partyList = parties.body.data.state.relationships;
    expect(partyList.totalCount).toBe(keys.filter((k) => k.startsWith("PARTY_TO:")).length);
    expect(partyList.nodes.every((r: { type: string }) => r.type === "PARTY_TO")).toBe(true);
    const wrong = await gql("{ state(iso2: \"MA\") { relationships(types: [MENTIONED_IN]) { totalCount } } }");
    expect(wrong.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");

    const mentions = await allPages(
      "query($after: String) { state(iso2: \"MA\") { mentions(first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { articleId spanStart sentence } } } }",
      (d) => d.state.mentions,
    );
    expect(mentions.items).toHaveLength(mentions.totalCount);
    const direct = await graph.driver.executeQuery(
      "MATCH (:State {iso2: 'MA'})-[m:MENTIONED_IN]->(:Article) RETURN sum(size(m.evidence)) AS n", {}, { database: graph.database });
    expect(mentions.totalCount).toBe(Number(direct.records[0]!.get("n")));
    expect(mentions.items.every((m: any) => typeof m.sentence === "string" && m.sentence.length > 0)).toBe(true);
  });

  it("pages an article's entities in order of first appearance", async () => {
    const id = "article:seed-000-ec12a639ed746b02";
    const pages = await allPages(
      `query($after: String) { article(id: "${id}") { entities(first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { node { id } spans { start end } } } } }`,
      (d) => d.article.entities,
    );
    const direct = await graph.driver.executeQuery("MATCH (:Entity)-[:MENTIONED_IN]->(:Article {id: $id}) RETURN count(*) AS n", { id }, { database: graph.database });
    expect(pages.totalCount).toBe(Number(direct.records[0]!.get("n")));
    expect(pages.items).toHaveLength(pages.totalCount);
    const firsts = pages.items.map((e: any) => Math.min(...e.spans.map((s: { start: number }) => s.start)));
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    expect(pages.items.map((e: any) => e.node.id)).toContain("person:benny-gantz");
  });

  it("pages and filters states", async () => {
    const all = await allPages("query($after: String) { states(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { iso2 name } } }", (d) => d.states);
    expect(all.totalCount).toBeGreaterThan(8);
    expect(all.items).toHaveLength(all.totalCount);
    const names = all.items.map((s: any) => s.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const two = await gql('{ states(filter: { states: ["ma", "IL"] }) { totalCount nodes { iso2 } } }');
    expect(two.body.data.states.nodes.map((s: { iso2: string }) => s.iso2).sort()).toEqual(["IL", "MA"]);
    const byDegree = await gql("{ states(orderBy: DEGREE, order: DESC, first: 1) { nodes { iso2 } } }");
    expect(byDegree.body.data.states.nodes).toHaveLength(1);
  });

  it("lists a tie's items only when asked (through fragments too), with the same ties and weights either way", async () => {
    const bare = await gql('{ allianceNetwork(from: "2021", to: "2022") { ties { a { id } b { id } weight agreementCount } } }');
    const viaFragments = await gql(`query { allianceNetwork(from: "2021", to: "2022") { ...Ties } }
      fragment Ties on AllianceNetwork { ties { a { id } b { id } weight agreementCount ... on AllianceTie { items { id } } } }`);
    expect(bare.body.errors).toBeUndefined();
    expect(viaFragments.body.errors).toBeUndefined();
    const ties = viaFragments.body.data.allianceNetwork.ties as { items: unknown[] }[];
    expect(ties.map(({ items: _items, ...rest }) => rest)).toEqual(bare.body.data.allianceNetwork.ties);
    expect(ties.every((t) => t.items.length > 0)).toBe(true);
  });

  it("counts nodes by label and relationships by type", async () => {
    const { body } = await gql("{ stats { labels { label count } relationships { type count } } }");
    const byLabel = Object.fromEntries(body.data.stats.labels.map((l: { label: string; count: number }) => [l.label, l.count]));
    expect(byLabel.Article).toBe(readdirSync(resolve(root, "seeds")).filter((f) => /\.(md|txt)$/.test(f)).length);
    expect(byLabel.State).toBeGreaterThan(8);
  });

  it("answers a nested query without one database call per item (no N+1)", async () => {
    graph.queryCount!.n = 0;
    const { body } = await gql("{ states(first: 20) { nodes { iso2 relationships(first: 10) { nodes { type other { id } evidence { sentence } } } mentions(first: 5) { nodes { articleId } } } } }");
    expect(body.errors).toBeUndefined();
    expect(body.data.states.nodes.length).toBeGreaterThan(8);
    // One call lists the states; DataLoader batches every state's relationships into one more.
    expect(graph.queryCount!.n).toBeLessThanOrEqual(2);
  });
});

describe("writes need a key and leave an audit trail", () => {
  const ingest = `mutation($text: String!) { ingestArticle(input: { text: $text, published: "2023-05-02", language: "en", id: "api-test-1", title: "Test" }) {
    status article { id title } extracted { states officials { name state } agreements { kind states } } } }`;
  const text = "Egyptian Foreign Minister Sameh Shoukry visited Athens on Monday and signed an economic cooperation agreement between Egypt and Greece.";

  it("refuses every mutation without a key or with a wrong key, and writes nothing", async () => {
    const attempts: Record<string, string>[] = [{}, { authorization: "Bearer wrong" }, { authorization: "Basic s3cret" }];
    for (const headers of attempts) {
      for (const q of [
        [ingest, { text }],
        ['mutation { deleteArticle(id: "article:seed-000-ec12a639ed746b02") { deleted } }', {}],
        ['mutation { mergeEntities(keep: "state:MA", remove: "state:IL") { id } }', {}],
        ['mutation { updateEntity(id: "state:MA", input: { name: "x" }) { id } }', {}],
      ] as const) {
        const r = await gql(q[0], q[1], headers);
        expect(r.body.errors?.[0]?.extensions?.code, q[0]).toBe("UNAUTHENTICATED");
        expect(JSON.stringify(r.body)).not.toContain("s3cret");
      }
    }
    const art = await gql('{ article(id: "article:api-test-1") { id } }');
    expect(art.body.data.article).toBeNull();
  });

  it("ingests with a key, reports what was extracted, records who did it, and deletes", async () => {
    const auth = { authorization: "Bearer s3cret" };
    const r = await gql(ingest, { text }, auth);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.ingestArticle.status).toBe("created");
    expect(r.body.data.ingestArticle.extracted.states).toEqual(expect.arrayContaining(["EG", "GR"]));
    const again = await gql(ingest, { text }, auth);
    expect(again.body.data.ingestArticle.status).toBe("unchanged");
    const audit = await gql("{ auditTrail { nodes { actor action target } } }", {}, auth);
    expect(audit.body.data.auditTrail.nodes[0]).toEqual({ actor: "curator", action: "ingestArticle", target: "article:api-test-1" });
    const del = await gql('mutation { deleteArticle(id: "article:api-test-1") { deleted } }', {}, auth);
    expect(del.body.data.deleteArticle.deleted).toBe(true);
    const empty = await gql(ingest, { text: "   " }, auth);
    expect(empty.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("lets a curator rename an entity and refuses fields that do not apply", async () => {
    const auth = { authorization: "Bearer s3cret" };
    const r = await gql('mutation { updateEntity(id: "person:benny-gantz", input: { title: "Minister of Defense", addAliases: ["B. Gantz"] }) { ... on Person { title aliases } } }', {}, auth);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.updateEntity.title).toBe("Minister of Defense");
    expect(r.body.data.updateEntity.aliases).toContain("B. Gantz");
    const bad = await gql('mutation { updateEntity(id: "person:benny-gantz", input: { domains: ["energy"] }) { id } }', {}, auth);
    expect(bad.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const missing = await gql('mutation { updateEntity(id: "person:nobody", input: { title: "x" }) { id } }', {}, auth);
    expect(missing.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
