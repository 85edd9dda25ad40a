import type { SavedViewFields } from "../../api/savedViewFields.ts";
import type { SaveStoryVariables } from "../../api/saveStoryMutation.ts";
import type { StoryFields } from "../../api/storyFields.ts";
import type { StoryDraft } from "./StoryDraft.ts";

/** The two writes a story needs, with the API key already bound. */
export interface StoryWriters {
  saveView: (input: { title: string; caption: string; state: string }) => Promise<SavedViewFields>;
  saveStory: (input: SaveStoryVariables["input"]) => Promise<StoryFields>;
}

/**
 * Saves the draft: first a view for each step made of the explorer's state, then the story,
 * which replaces the saved one when the draft has an id. `onViewSaved` gets the draft with each
 * new view in place, so that retrying after a failure does not save a view twice.
 */
export async function saveStoryDraft(draft: StoryDraft, writers: StoryWriters, onViewSaved: (draft: StoryDraft) => void): Promise<StoryFields> {
  let current = draft;
  for (const [index, step] of draft.steps.entries()) {
    if (!step.newState) continue;
    const view = await writers.saveView({
      title: step.title.trim() || `${draft.title.trim()} ${index + 1}`,
      caption: step.caption.trim(),
      state: JSON.stringify(step.newState),
    });
    current = { ...current, steps: current.steps.map((item) => (item.key === step.key ? { ...item, view, title: view.title, newState: null } : item)) };
    onViewSaved(current);
  }
  const steps = current.steps.map((step) => {
    if (!step.view) throw new Error(`Step ${current.steps.indexOf(step) + 1} has no view`);
    return { viewId: step.view.id, caption: step.caption.trim() || null };
  });
  return writers.saveStory({ ...(current.id ? { id: current.id } : {}), title: current.title.trim(), steps });
}
