// Every operation the web client sends, run through the real app (guards included) against the
// seed articles in a real Neo4j: a schema-valid query can still be refused by the depth, cost or
// token guards, which only this catches before a browser does.
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/src/api/createApp.ts";
import { loadTypeDefs } from "../../server/src/api/loadTypeDefs.ts";
import type { GraphContext } from "../../server/src/graph/GraphContext.ts";
import { loadSeeds } from "../../server/src/ingest/loadSeeds.ts";
import { ARTICLE_ENTITIES_QUERY, ARTICLE_QUERY } from "../../web/src/api/articleQuery.ts";
import { DELETE_STORY_MUTATION } from "../../web/src/api/deleteStoryMutation.ts";
import { DELETE_VIEW_MUTATION } from "../../web/src/api/deleteViewMutation.ts";
import { NEIGHBORHOOD_QUERY } from "../../web/src/api/neighborhoodQuery.ts";
import { ENTITY_TYPENAMES, entityTypenameOfId, moreMentionsQuery, moreRelationshipsQuery, nodeDetailsQuery } from "../../web/src/api/nodeDetailsQuery.ts";
import { OVERVIEW_QUERY } from "../../web/src/api/overviewQuery.ts";
import { PATHS_QUERY } from "../../web/src/api/pathsQuery.ts";
import { SAVED_VIEW_QUERY } from "../../web/src/api/savedViewQuery.ts";
import { SAVED_VIEWS_QUERY } from "../../web/src/api/savedViewsQuery.ts";
import { SAVE_STORY_MUTATION } from "../../web/src/api/saveStoryMutation.ts";
import { SAVE_VIEW_MUTATION } from "../../web/src/api/saveViewMutation.ts";
import { SEARCH_QUERY } from "../../web/src/api/searchQuery.ts";
import { STORIES_QUERY } from "../../web/src/api/storiesQuery.ts";
import { graphqlCaller } from "../support/graphqlCaller.ts";
import { clearGraph, openTestGraph } from "../support/testGraph.ts";

const root = resolve(import.meta.dirname, "..", "..");
const SEED_ARTICLE = "article:seed-000-ec12a639ed746b02";
const KEY = { authorization: "Bearer web-key" };
let graph: GraphContext;
let gql: ReturnType<typeof graphqlCaller>;

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph);
  await loadSeeds(graph, resolve(root, "seeds"));
  gql = graphqlCaller(createApp({ graph, typeDefs: loadTypeDefs(resolve(root, "schema")), apiKeys: ["web:web-key"] }));
});
afterAll(async () => { await graph.driver.close(); });

/** Runs an operation and returns its data, failing with the errors when there are any. */
async function data(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const { status, body } = await gql(query, variables, headers);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(status).toBe(200);
  return body.data as any;
}

/** The node of a label with the most relationships other than mentions, in the seed graph. */
async function idOf(label: string): Promise<string> {
  const r = await graph.driver.executeQuery(`MATCH (n:${label}) RETURN n.id AS id ORDER BY COUNT { (n)-[r]-() WHERE type(r) <> 'MENTIONED_IN' } DESC, n.id LIMIT 1`, {}, { database: graph.database });
  return r.records[0]!.get("id") as string;
}

describe("the web client's operations pass the API's guards and answer", () => {
  it("overview, search, neighborhood and paths", async () => {
    expect((await data(OVERVIEW_QUERY, { limit: 1000 })).overview.nodes.length).toBeGreaterThan(100);
    expect((await data(SEARCH_QUERY, { text: "المغرب", first: 8 })).search.nodes[0].node.id).toBe("state:MA");
    expect((await data(NEIGHBORHOOD_QUERY, { ids: ["state:MA"], depth: 2, limit: 500 })).neighborhood.nodes.length).toBeGreaterThan(5);
    expect((await data(PATHS_QUERY, { from: "person:benny-gantz", to: "state:MA", maxLength: 4, first: 5 })).paths.length).toBeGreaterThan(0);
  });

  it("details of every entity type, and their next pages", async () => {
    const labels = { State: "State", Person: "Person", Organization: "Organization", Agreement: "Agreement", Meeting: "Meeting" } as const;
    for (const typename of ENTITY_TYPENAMES) {
      const id = await idOf(labels[typename]);
      expect(entityTypenameOfId(id)).toBe(typename);
      const node = (await data(nodeDetailsQuery(typename), { id })).node;
      expect(node.__typename).toBe(typename);
      expect(node.relationships.nodes.length, `${typename} ${id}`).toBeGreaterThan(0);
      // Ask for the page after the first item: the "show more" queries pass the guards too.
      const { body } = await gql(`query($id: ID!) { node(id: $id) { ... on ${typename} { relationships(first: 1) { pageInfo { endCursor } } mentions(first: 1) { pageInfo { endCursor } } } } }`, { id });
      const after = body.data.node.relationships.pageInfo.endCursor;
      const more = (await data(moreRelationshipsQuery(typename), { id, after })).node.relationships;
      expect(more.totalCount).toBe(node.relationships.totalCount);
      expect(more.nodes).toEqual(node.relationships.nodes.slice(1, 1 + more.nodes.length));
      const mentionsAfter = body.data.node.mentions.pageInfo.endCursor;
      if (mentionsAfter) expect((await data(moreMentionsQuery(typename), { id, after: mentionsAfter })).node.mentions.totalCount).toBe(node.mentions.totalCount);
    }
    const article = (await data(nodeDetailsQuery(entityTypenameOfId(SEED_ARTICLE)), { id: SEED_ARTICLE })).node;
    expect(article).toEqual({ __typename: "Article", id: SEED_ARTICLE });
  });

  it("the article reader's queries", async () => {
    const first = (await data(ARTICLE_QUERY, { id: SEED_ARTICLE })).article;
    expect(first.text.length).toBeGreaterThan(1000);
    expect(first.entities.totalCount).toBeGreaterThan(5);
    const { body } = await gql(`query($id: ID!) { article(id: $id) { entities(first: 2) { pageInfo { endCursor } } } }`, { id: SEED_ARTICLE });
    const rest = (await data(ARTICLE_ENTITIES_QUERY, { id: SEED_ARTICLE, after: body.data.article.entities.pageInfo.endCursor })).article.entities;
    expect(rest.nodes.map((e: { node: { id: string } }) => e.node.id)).toEqual(first.entities.nodes.slice(2).map((e: { node: { id: string } }) => e.node.id));
  });

  it("saving, listing, reading and deleting views and stories", async () => {
    const view = (await data(SAVE_VIEW_MUTATION, { input: { title: "Web view", caption: "c", state: "{}" } }, KEY)).saveView;
    expect((await data(SAVED_VIEW_QUERY, { id: view.id })).view.title).toBe("Web view");
    expect((await data(SAVED_VIEWS_QUERY, { first: 100 })).views.nodes.map((v: { id: string }) => v.id)).toContain(view.id);
    const story = (await data(SAVE_STORY_MUTATION, { input: { title: "Web story", steps: [{ viewId: view.id, caption: "one" }] } }, KEY)).saveStory;
    expect((await data(STORIES_QUERY, { first: 100 })).stories.nodes.map((s: { id: string }) => s.id)).toContain(story.id);
    expect((await data(DELETE_STORY_MUTATION, { id: story.id }, KEY)).deleteStory).toBe(true);
    expect((await data(DELETE_VIEW_MUTATION, { id: view.id }, KEY)).deleteView).toBe(true);
  });

  it("a query that would list too much at once is refused by the cost guard", async () => {
    const { body } = await gql("{ states(first: 100) { nodes { relationships(first: 100) { nodes { evidence { sentence } } } } } }");
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBeTruthy();
    expect(body.errors?.[0]?.message).toMatch(/cost/i);
  });
});
