import { SAVED_VIEW_FIELDS, type SavedViewFields } from "./savedViewFields.ts";

/** A story with each step's view inline, so presenting needs no further request. */
export const STORY_FIELDS = /* GraphQL */ `
  id
  title
  updatedAt
  steps {
    caption
    view { ${SAVED_VIEW_FIELDS} }
  }
`;

export interface StoryStepFields {
  caption: string | null;
  view: SavedViewFields | null;
}

export interface StoryFields {
  id: string;
  title: string;
  updatedAt: string;
  steps: StoryStepFields[];
}
