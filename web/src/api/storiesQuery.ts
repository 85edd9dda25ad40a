import { STORY_FIELDS, type StoryFields } from "./storyFields.ts";

/** Stories, newest first, with their steps' views. */
export const STORIES_QUERY = /* GraphQL */ `
  query Stories($first: Int) {
    stories(first: $first) { ${STORY_FIELDS} }
  }
`;

export interface StoriesVariables extends Record<string, unknown> {
  first?: number;
}

export interface StoriesData {
  stories: StoryFields[];
}
