import type { SavedViewFields } from "../../api/savedViewFields.ts";
import type { StoryFields } from "../../api/storyFields.ts";
import type { SavedViewState } from "../../explorer/SavedViewState.ts";

/** One step of the story being written or edited. */
export interface DraftStep {
  /** Stable across reorders: React's key, and where focus returns after a move. */
  key: string;
  /** The saved view the step shows; null when it was deleted or when the step has a new view. */
  view: SavedViewFields | null;
  /** The view's title; for a new view, the title it is saved under. */
  title: string;
  caption: string;
  /** The explorer's state captured for this step, saved as a new view when the story is saved. */
  newState: SavedViewState | null;
}

/** The story in the editor: a new one (`id` null) or a saved one being changed. */
export interface StoryDraft {
  id: string | null;
  title: string;
  steps: DraftStep[];
}

let lastKey = 0;
const newKey = () => `step-${++lastKey}`;

export const EMPTY_DRAFT: StoryDraft = { id: null, title: "", steps: [] };

/** A saved story, opened for editing: its steps keep their own captions (empty: the view's). */
export function draftOfStory(story: StoryFields): StoryDraft {
  return {
    id: story.id,
    title: story.title,
    steps: story.steps.map((step) => ({ key: newKey(), view: step.view, title: step.view?.title ?? "", caption: step.caption ?? "", newState: null })),
  };
}

/** A step showing a saved view, captioned like the view to start with. */
export function stepOfView(view: SavedViewFields): DraftStep {
  return { key: newKey(), view, title: view.title, caption: view.caption ?? "", newState: null };
}

/** A step showing the explorer as it is now; its view is saved with the story. */
export function stepOfState(state: SavedViewState, title: string): DraftStep {
  return { key: newKey(), view: null, title, caption: "", newState: state };
}

/**
 * The step showing the explorer as it is now instead of its view. The view itself is left alone
 * (other stories and shared links may show it): a new one is saved with the story.
 */
export function withState(step: DraftStep, state: SavedViewState): DraftStep {
  return { ...step, view: null, newState: state };
}

/** Steps that cannot be saved: their view was deleted and nothing replaced it. */
export function stepsWithoutView(draft: StoryDraft): DraftStep[] {
  return draft.steps.filter((step) => !step.view && !step.newState);
}

/** Whether the draft differs from what it was opened from (the saved story, or nothing). */
export function isDraftChanged(draft: StoryDraft, original: StoryDraft): boolean {
  if (draft.title !== original.title || draft.steps.length !== original.steps.length) return true;
  return draft.steps.some((step, index) => step !== original.steps[index]);
}
