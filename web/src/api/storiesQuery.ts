import { STORY_FIELDS, type StoryFields } from "./storyFields.ts";

/** Stories, last saved first (the first page: up to 100), with their steps' views. */
export const STORIES_QUERY = /* GraphQL */ `
  query Stories($first: Int) {
    stories(first: $first) { totalCount nodes { ${STORY_FIELDS} } }
  }
`;

export interface StoriesVariables extends Record<string, unknown> {
  first?: number;
}

export interface StoriesData {
  stories: { totalCount: number; nodes: StoryFields[] };
}
