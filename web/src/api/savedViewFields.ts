import type { SavedView } from "./generated/graphqlTypes.ts";

/** The fields of a saved view the client reads. */
export const SAVED_VIEW_FIELDS = /* GraphQL */ `
  id
  title
  caption
  state
  updatedAt
`;

export type SavedViewFields = Pick<SavedView, "id" | "title" | "caption" | "state" | "updatedAt">;
