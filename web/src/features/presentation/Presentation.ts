import type { SavedViewState } from "../../explorer/SavedViewState.ts";

/** One step of a presentation: a view to restore (null: the view already on screen) and its caption. */
export interface PresentationStep {
  title: string;
  caption: string | null;
  state: SavedViewState | null;
}

/** A presentation under way: a story's steps, or the current view alone. */
export interface Presentation {
  title: string;
  steps: PresentationStep[];
  index: number;
}
