import { SAVED_VIEW_FIELDS, type SavedViewFields } from "./savedViewFields.ts";

/** One saved view, for a shared `?view=` link. */
export const SAVED_VIEW_QUERY = /* GraphQL */ `
  query SavedView($id: ID!) {
    view(id: $id) { ${SAVED_VIEW_FIELDS} }
  }
`;

export interface SavedViewVariables extends Record<string, unknown> {
  id: string;
}

export interface SavedViewData {
  view: SavedViewFields | null;
}
