import { SAVED_VIEW_FIELDS, type SavedViewFields } from "./savedViewFields.ts";

/** Saved views, newest first. */
export const SAVED_VIEWS_QUERY = /* GraphQL */ `
  query SavedViews($first: Int) {
    views(first: $first) { ${SAVED_VIEW_FIELDS} }
  }
`;

export interface SavedViewsVariables extends Record<string, unknown> {
  first?: number;
}

export interface SavedViewsData {
  views: SavedViewFields[];
}
