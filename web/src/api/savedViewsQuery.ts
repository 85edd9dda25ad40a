import { SAVED_VIEW_FIELDS, type SavedViewFields } from "./savedViewFields.ts";

/** Saved views, last saved first (the first page: up to 100). */
export const SAVED_VIEWS_QUERY = /* GraphQL */ `
  query SavedViews($first: Int) {
    views(first: $first) { totalCount nodes { ${SAVED_VIEW_FIELDS} } }
  }
`;

export interface SavedViewsVariables extends Record<string, unknown> {
  first?: number;
}

export interface SavedViewsData {
  views: { totalCount: number; nodes: SavedViewFields[] };
}
