import { readFileSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { ENTITY_TYPENAMES, moreMentionsQuery, moreRelationshipsQuery, nodeDetailsQuery } from "../../../web/src/api/nodeDetailsQuery.ts";
import { OVERVIEW_QUERY } from "../../../web/src/api/overviewQuery.ts";
import { SEARCH_QUERY } from "../../../web/src/api/searchQuery.ts";
import { ARTICLE_ENTITIES_QUERY, ARTICLE_QUERY } from "../../../web/src/api/articleQuery.ts";
import { DELETE_STORY_MUTATION } from "../../../web/src/api/deleteStoryMutation.ts";
import { DELETE_VIEW_MUTATION } from "../../../web/src/api/deleteViewMutation.ts";
import { INGEST_ARTICLE_MUTATION } from "../../../web/src/api/ingestArticleMutation.ts";
import { NEIGHBORHOOD_QUERY } from "../../../web/src/api/neighborhoodQuery.ts";
import { PATHS_QUERY } from "../../../web/src/api/pathsQuery.ts";
import { SAVED_VIEW_QUERY } from "../../../web/src/api/savedViewQuery.ts";
import { SAVED_VIEWS_QUERY } from "../../../web/src/api/savedViewsQuery.ts";
import { SAVE_STORY_MUTATION } from "../../../web/src/api/saveStoryMutation.ts";
import { SAVE_VIEW_MUTATION } from "../../../web/src/api/saveViewMutation.ts";
import { STORIES_QUERY } from "../../../web/src/api/storiesQuery.ts";

const schemaDir = resolve(import.meta.dirname, "..", "..", "..", "schema");

// The web client's operations are plain strings; validating them against the SDL here catches a
// contract change before the browser does.
describe("web GraphQL operations", () => {
  const sdl = readdirSync(schemaDir)
    .filter((file) => file.endsWith(".graphql"))
    .map((file) => readFileSync(resolve(schemaDir, file), "utf8"))
    .join("\n");
  const schema = buildSchema(sdl);

  it.each([
    ["Overview", OVERVIEW_QUERY],
    ...ENTITY_TYPENAMES.flatMap((name) => [
      [`NodeDetails ${name}`, nodeDetailsQuery(name)],
      [`MoreRelationships ${name}`, moreRelationshipsQuery(name)],
      [`MoreMentions ${name}`, moreMentionsQuery(name)],
    ] as [string, string][]),
    ["NodeDetails (other nodes)", nodeDetailsQuery(null)],
    ["Search", SEARCH_QUERY],
    ["Neighborhood", NEIGHBORHOOD_QUERY],
    ["Paths", PATHS_QUERY],
    ["Article", ARTICLE_QUERY],
    ["ArticleEntities", ARTICLE_ENTITIES_QUERY],
    ["IngestArticle", INGEST_ARTICLE_MUTATION],
    ["SavedViews", SAVED_VIEWS_QUERY],
    ["SavedView", SAVED_VIEW_QUERY],
    ["SaveView", SAVE_VIEW_MUTATION],
    ["DeleteView", DELETE_VIEW_MUTATION],
    ["Stories", STORIES_QUERY],
    ["SaveStory", SAVE_STORY_MUTATION],
    ["DeleteStory", DELETE_STORY_MUTATION],
  ])("%s is valid against schema/*.graphql", (_name, operation) => {
    expect(validate(schema, parse(operation)).map((error) => error.message)).toEqual([]);
  });
});
