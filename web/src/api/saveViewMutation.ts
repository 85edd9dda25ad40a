import type { SaveViewInput } from "./generated/graphqlTypes.ts";
import { SAVED_VIEW_FIELDS, type SavedViewFields } from "./savedViewFields.ts";

/** Saves a view (needs an API key); with an id it replaces that view. */
export const SAVE_VIEW_MUTATION = /* GraphQL */ `
  mutation SaveView($input: SaveViewInput!) {
    saveView(input: $input) { ${SAVED_VIEW_FIELDS} }
  }
`;

export interface SaveViewVariables extends Record<string, unknown> {
  input: Partial<SaveViewInput> & Pick<SaveViewInput, "title" | "state">;
}

export interface SaveViewData {
  saveView: SavedViewFields;
}
