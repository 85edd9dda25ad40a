import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/src/api/createApp.ts";
import { loadTypeDefs } from "../../server/src/api/loadTypeDefs.ts";
import type { GraphContext } from "../../server/src/graph/GraphContext.ts";
import { clearGraph, openTestGraph } from "../support/testGraph.ts";
import { graphqlCaller } from "../support/graphqlCaller.ts";

const root = resolve(import.meta.dirname, "..", "..");
let graph: GraphContext;
let app: ReturnType<typeof createApp>;
const auth = { authorization: "Bearer presenter-key" };

let call: ReturnType<typeof graphqlCaller>;
const gql = async (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) => (await call(query, variables, headers)).body;

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph);
  app = createApp({ graph, typeDefs: loadTypeDefs(resolve(root, "schema")), apiKeys: ["presenter:presenter-key"] });
  call = graphqlCaller(app);
});
afterAll(async () => { await graph.driver.close(); });

const SAVE = "mutation($input: SaveViewInput!) { saveView(input: $input) { id title caption state } }";

describe("saved views and stories", () => {
  it("saves a view with a key, reads it back by id, and replaces it in place", async () => {
    const state = JSON.stringify({ selection: ["state:MA"], time: { from: "2021", to: "2022" }, camera: { zoom: 1.5, pan: { x: 10, y: 20 } } });
    const saved = await gql(SAVE, { input: { title: "Morocco 2021–22", caption: "المغرب", state } }, auth);
    expect(saved.errors).toBeUndefined();
    const id = saved.data.saveView.id as string;
    expect(id).toMatch(/^view:/);
    const read = await gql("query($id: ID!) { view(id: $id) { title caption state } node(id: $id) { ... on SavedView { title } } }", { id });
    expect(read.data.view).toEqual({ title: "Morocco 2021–22", caption: "المغرب", state });
    expect(read.data.node.title).toBe("Morocco 2021–22");
    const replaced = await gql(SAVE, { input: { id, title: "Renamed", state: "{}" } }, auth);
    expect(replaced.data.saveView.id).toBe(id);
    expect((await gql("{ views { nodes { id } } }")).data.views.nodes).toHaveLength(1);
  });

  it("pages saved views and stories by cursor, last saved first", async () => {
    const ids: string[] = [];
    for (const title of ["P1", "P2", "P3", "P4", "P5"]) {
      ids.push((await gql(SAVE, { input: { title, state: "{}" } }, auth)).data.saveView.id);
      await new Promise((done) => setTimeout(done, 5)); // distinct saving times, so the order is known
    }
    await gql("mutation($input: SaveStoryInput!) { saveStory(input: $input) { id } }", { input: { title: "S1", steps: [{ viewId: ids[0] }] } }, auth);
    await gql("mutation($input: SaveStoryInput!) { saveStory(input: $input) { id } }", { input: { title: "S2", steps: [{ viewId: ids[1] }] } }, auth);
    const first = await gql("{ views(first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { id title } } }");
    expect(first.data.views.totalCount).toBe(6);
    expect(first.data.views.nodes.map((v: { title: string }) => v.title)).toEqual(["P5", "P4"]);
    const next = await gql("query($after: String) { views(first: 10, after: $after) { pageInfo { hasNextPage } nodes { title } } }", { after: first.data.views.pageInfo.endCursor });
    expect(next.data.views.nodes.map((v: { title: string }) => v.title)).toEqual(["P3", "P2", "P1", "Renamed"]);
    expect(next.data.views.pageInfo.hasNextPage).toBe(false);
    const stories = await gql("{ stories(first: 1) { totalCount pageInfo { hasNextPage endCursor } nodes { title } } }");
    expect(stories.data.stories).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true }, nodes: [{ title: "S2" }] });
    const rest = await gql("query($after: String) { stories(first: 1, after: $after) { pageInfo { hasNextPage } nodes { title } } }", { after: stories.data.stories.pageInfo.endCursor });
    expect(rest.data.stories).toEqual({ pageInfo: { hasNextPage: false }, nodes: [{ title: "S1" }] });
    const tooMany = await gql("{ views(first: 1000) { totalCount } }");
    expect(tooMany.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    for (const id of ids) await gql("mutation($id: ID!) { deleteView(id: $id) }", { id }, auth);
    for (const story of (await gql("{ stories { nodes { id } } }")).data.stories.nodes) await gql("mutation($id: ID!) { deleteStory(id: $id) }", { id: story.id }, auth);
  });

  it("refuses saving without a key and refuses state that is not a JSON object", async () => {
    const anon = await gql(SAVE, { input: { title: "x", state: "{}" } });
    expect(anon.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    for (const state of ["not json", "[1,2]", "x".repeat(70_000)]) {
      const bad = await gql(SAVE, { input: { title: "x", state } }, auth);
      expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });

  it("keeps stories as ordered views with captions and survives a deleted view", async () => {
    const a = (await gql(SAVE, { input: { title: "A", state: "{}" } }, auth)).data.saveView.id;
    const b = (await gql(SAVE, { input: { title: "B", caption: "from B", state: "{}" } }, auth)).data.saveView.id;
    const story = await gql("mutation($input: SaveStoryInput!) { saveStory(input: $input) { id title steps { caption view { id title } } } }",
      { input: { title: "Story", steps: [{ viewId: b, caption: "first" }, { viewId: a }] } }, auth);
    expect(story.errors).toBeUndefined();
    expect(story.data.saveStory.steps).toEqual([{ caption: "first", view: { id: b, title: "B" } }, { caption: null, view: { id: a, title: "A" } }]);
    await gql("mutation($id: ID!) { deleteView(id: $id) }", { id: a }, auth);
    const after = await gql("query($id: ID!) { story(id: $id) { steps { view { id } } } }", { id: story.data.saveStory.id });
    expect(after.data.story.steps).toEqual([{ view: { id: b } }, { view: null }]);
    const missing = await gql("mutation($input: SaveStoryInput!) { saveStory(input: $input) { id } }", { input: { title: "S", steps: [{ viewId: "view:nope" }] } }, auth);
    expect(missing.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
