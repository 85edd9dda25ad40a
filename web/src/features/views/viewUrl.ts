import type { SavedViewState } from "../../explorer/SavedViewState.ts";
import { decodeViewHash, encodeViewHash } from "../../explorer/viewStateHash.ts";

/** What a page address says about the view to show: a saved view's id and/or a state in the hash. */
export interface ViewUrl {
  viewId: string | null;
  hashState: SavedViewState | null;
}

export function readViewUrl(location: { search: string; hash: string }): ViewUrl {
  const viewId = new URLSearchParams(location.search).get("view");
  return { viewId: viewId || null, hashState: decodeViewHash(location.hash) };
}

/** The address of a view: `?view=<id>` for a saved one, and the state itself in the hash. */
export function viewUrl(base: { pathname: string; search: string }, viewId: string | null, state: SavedViewState): string {
  const params = new URLSearchParams(base.search);
  if (viewId) params.set("view", viewId);
  else params.delete("view");
  const search = params.toString();
  return `${base.pathname}${search ? `?${search}` : ""}${encodeViewHash(state)}`;
}
