import type { StoryStepInput } from "./generated/graphqlTypes.ts";
import { STORY_FIELDS, type StoryFields } from "./storyFields.ts";

/** Saves a story (needs an API key). */
export const SAVE_STORY_MUTATION = /* GraphQL */ `
  mutation SaveStory($input: SaveStoryInput!) {
    saveStory(input: $input) { ${STORY_FIELDS} }
  }
`;

export interface SaveStoryVariables extends Record<string, unknown> {
  input: { id?: string; title: string; steps: Pick<StoryStepInput, "viewId" | "caption">[] };
}

export interface SaveStoryData {
  saveStory: StoryFields;
}
