import { useCallback, useState } from "react";
import { DELETE_VIEW_MUTATION, type DeleteViewData, type DeleteViewVariables } from "../../api/deleteViewMutation.ts";
import { requestGraphQL } from "../../api/requestGraphQL.ts";
import type { SavedViewFields } from "../../api/savedViewFields.ts";
import { SAVED_VIEWS_QUERY, type SavedViewsData, type SavedViewsVariables } from "../../api/savedViewsQuery.ts";
import { SAVE_VIEW_MUTATION, type SaveViewData, type SaveViewVariables } from "../../api/saveViewMutation.ts";
import { useGraphQLQuery, type QueryState } from "../../api/useGraphQLQuery.ts";

const VIEWS_VARIABLES: SavedViewsVariables = { first: 100 };

export interface SavedViews {
  list: QueryState<SavedViewsData>;
  save: (input: { title: string; caption: string; state: string }, apiKey: string) => Promise<SavedViewFields>;
  remove: (id: string, apiKey: string) => Promise<void>;
  refresh: () => void;
}

/** The saved views on the server, and saving and deleting them (with the API key). */
export function useSavedViews(active: boolean): SavedViews {
  const [refreshKey, setRefreshKey] = useState(0);
  const list = useGraphQLQuery<SavedViewsData, SavedViewsVariables>(SAVED_VIEWS_QUERY, active ? VIEWS_VARIABLES : null, refreshKey);
  const refresh = useCallback(() => setRefreshKey((key) => key + 1), []);

  const save = useCallback(async (input: { title: string; caption: string; state: string }, apiKey: string) => {
    const data = await requestGraphQL<SaveViewData, SaveViewVariables>(
      SAVE_VIEW_MUTATION,
      { input: { title: input.title, caption: input.caption || null, state: input.state } },
      undefined,
      apiKey,
    );
    refresh();
    return data.saveView;
  }, [refresh]);

  const remove = useCallback(async (id: string, apiKey: string) => {
    await requestGraphQL<DeleteViewData, DeleteViewVariables>(DELETE_VIEW_MUTATION, { id }, undefined, apiKey);
    refresh();
  }, [refresh]);

  return { list, save, remove, refresh };
}
