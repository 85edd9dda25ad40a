import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import type { SavedViewFields } from "../../api/savedViewFields.ts";
import type { StoryFields } from "../../api/storyFields.ts";
import { describeApiError } from "../../describeApiError.ts";
import type { SavedViewState } from "../../explorer/SavedViewState.ts";
import { useMessages } from "../../i18n/useMessages.ts";
import { ApiKeyField } from "../apiKey/ApiKeyField.tsx";
import { useApiKey } from "../apiKey/useApiKey.ts";
import type { SavedViews } from "../views/useSavedViews.ts";
import { moveItem } from "./moveItem.ts";
import { saveStoryDraft } from "./saveStoryDraft.ts";
import { draftOfStory, EMPTY_DRAFT, isDraftChanged, stepOfState, stepOfView, stepsWithoutView, withState, type DraftStep, type StoryDraft } from "./StoryDraft.ts";
import type { Stories } from "./useStories.ts";

export interface StoriesPanelProps {
  stories: Stories;
  views: SavedViews;
  onPresent: (story: StoryFields) => void;
  /** The explorer's state now (camera and positions included), for steps showing the current view. */
  currentState: () => SavedViewState;
  /** Opens a step's saved view in the explorer. */
  onOpenView: (view: SavedViewFields) => void;
}

type SaveStatus = { status: "idle" | "saving" } | { status: "saved"; title: string } | { status: "error"; message: string };

/**
 * Stories: ordered saved views with captions. Write a new one or open a saved one in the editor
 * (rename, caption, reorder, remove, add or replace steps with the explorer's current view),
 * and present one.
 */
export function StoriesPanel({ stories, views, onPresent, currentState, onOpenView }: StoriesPanelProps) {
  const messages = useMessages();
  const [apiKey] = useApiKey();
  const [original, setOriginal] = useState<StoryDraft>(EMPTY_DRAFT);
  const [draft, setDraft] = useState<StoryDraft>(EMPTY_DRAFT);
  const [status, setStatus] = useState<SaveStatus>({ status: "idle" });
  const rootRef = useRef<HTMLDivElement>(null);
  // Where keyboard focus goes once React has drawn the change (moved, removed or opened steps).
  const focusNext = useRef<(root: HTMLElement) => HTMLElement | null>(null);
  const headingId = useId();
  const savedViews = views.list.status === "success" ? views.list.data.views.nodes : [];
  const storyList = stories.list.status === "success" ? stories.list.data.stories.nodes : [];
  const changed = isDraftChanged(draft, original);
  const editing = draft.id !== null;
  const missing = stepsWithoutView(draft);

  useEffect(() => {
    const find = focusNext.current;
    if (!find || !rootRef.current) return;
    focusNext.current = null;
    find(rootRef.current)?.focus();
  });

  const fail = (error: unknown) =>
    setStatus({ status: "error", message: describeApiError(error instanceof Error ? error : new Error(String(error)), messages) });
  const setSteps = (steps: DraftStep[]) => setDraft({ ...draft, steps });
  const updateStep = (key: string, change: (step: DraftStep) => DraftStep) =>
    setSteps(draft.steps.map((step) => (step.key === key ? change(step) : step)));

  /** Replaces the editor's content, after confirming when that drops unsaved changes. */
  const openDraft = (next: StoryDraft): boolean => {
    if (changed && !window.confirm(messages.stories.discardChanges)) return false;
    setOriginal(next);
    setDraft(next);
    setStatus({ status: "idle" });
    return true;
  };
  const edit = (story: StoryFields) => {
    if (openDraft(draftOfStory(story))) focusNext.current = (root) => root.querySelector('[data-testid="story-title"]');
  };
  const cancel = () => {
    const editedId = draft.id;
    if (!openDraft(EMPTY_DRAFT)) return;
    focusNext.current = (root) =>
      (editedId && root.querySelector<HTMLElement>(`[data-story-id="${editedId}"] [data-testid="story-edit"]`)) ||
      root.querySelector('[data-testid="story-title"]');
  };
  const onEditorKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || (!editing && !changed)) return;
    // Escape leaves the editor here rather than closing the whole panel.
    event.preventDefault();
    event.stopPropagation();
    cancel();
  };

  const move = (index: number, action: "up" | "down") => {
    const key = draft.steps[index]!.key;
    setSteps(moveItem(draft.steps, index, action === "up" ? index - 1 : index + 1));
    focusNext.current = (root) => {
      const step = root.querySelector(`[data-step-key="${key}"]`);
      const button = step?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
      // At either end the button pressed is disabled: its twin keeps focus in the step.
      return button && !button.disabled ? button : step?.querySelector<HTMLElement>(`[data-action="${action === "up" ? "down" : "up"}"]`) ?? null;
    };
  };
  const removeStep = (index: number) => {
    const neighbour = draft.steps[index + 1] ?? draft.steps[index - 1];
    setSteps(draft.steps.filter((_, i) => i !== index));
    focusNext.current = (root) =>
      (neighbour && root.querySelector<HTMLElement>(`[data-step-key="${neighbour.key}"] [data-action="remove"]`)) ||
      root.querySelector('[data-testid="story-add-current"]');
  };
  const addCurrent = () => setSteps([...draft.steps, stepOfState(currentState(), messages.stories.defaultStepTitle(draft.steps.length + 1))]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!apiKey) return setStatus({ status: "error", message: messages.errors.needsKey });
    if (missing.length > 0) return setStatus({ status: "error", message: messages.stories.missingViews });
    setStatus({ status: "saving" });
    try {
      const story = await saveStoryDraft(
        draft,
        { saveView: (input) => views.save(input, apiKey), saveStory: (input) => stories.save(input, apiKey) },
        // Views saved before a failure stay saved: a retry reuses them.
        setDraft,
      );
      setOriginal(EMPTY_DRAFT);
      setDraft(EMPTY_DRAFT);
      setStatus({ status: "saved", title: story.title });
    } catch (error) {
      fail(error);
    }
  };

  const remove = async (story: StoryFields) => {
    if (!apiKey) return setStatus({ status: "error", message: messages.errors.needsKey });
    if (!window.confirm(messages.stories.confirmDelete(story.title))) return;
    try {
      await stories.remove(story.id, apiKey);
      if (draft.id === story.id) {
        setOriginal(EMPTY_DRAFT);
        setDraft(EMPTY_DRAFT);
      }
    } catch (error) {
      fail(error);
    }
  };

  return (
    <div className="stories-panel" data-testid="stories-panel" ref={rootRef}>
      <h2 className="panel__title">{messages.stories.title}</h2>
      {stories.list.status === "loading" && <p className="status" role="status">{messages.stories.loading}</p>}
      {stories.list.status === "error" && <p className="status status--error" role="alert">{describeApiError(stories.list.error, messages)}</p>}
      {stories.list.status === "success" && storyList.length === 0 && <p className="muted">{messages.stories.none}</p>}
      {storyList.length > 0 && (
        <ul className="item-list" data-testid="stories-list">
          {storyList.map((story) => {
            const isEdited = story.id === draft.id;
            return (
              <li key={story.id} className={isEdited ? "item item--current" : "item"} aria-current={isEdited ? "true" : undefined} data-story-id={story.id}>
                <div className="item__text">
                  <bdi className="item__title" title={story.title}>
                    {story.title}
                  </bdi>
                  <span className="item__caption muted">
                    {messages.stories.stepCount(story.steps.length)}
                    {isEdited && ` · ${messages.stories.editing}`}
                  </span>
                </div>
                <div className="item__actions">
                  <button type="button" className="button button--small button--primary" onClick={() => onPresent(story)} disabled={story.steps.length === 0} data-testid="story-present">
                    {messages.stories.present}
                  </button>
                  <button type="button" className="button button--small" onClick={() => edit(story)} title={messages.stories.editTitle} aria-pressed={isEdited} data-testid="story-edit">
                    {messages.stories.edit}
                  </button>
                  <button type="button" className="button button--small button--danger" onClick={() => remove(story)}>
                    {messages.stories.delete}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}

      <form className="form story-editor" onSubmit={save} onKeyDown={onEditorKeyDown} aria-labelledby={headingId} data-testid="story-editor">
        <h2 className="panel__title" id={headingId}>
          {editing ? <bdi>{messages.stories.editStory(original.title)}</bdi> : messages.stories.newStory}
        </h2>
        <label className="field">
          <span>{messages.stories.storyTitle}</span>
          <input value={draft.title} onChange={(event) => setDraft({ ...draft, title: event.target.value })} required maxLength={200} dir="auto" data-testid="story-title" />
        </label>
        {draft.steps.length > 0 && (
          <ol className="story-steps" aria-label={messages.stories.steps} data-testid="story-steps">
            {draft.steps.map((step, index) => (
              <StepEditor
                key={step.key}
                step={step}
                first={index === 0}
                last={index === draft.steps.length - 1}
                onChange={(change) => updateStep(step.key, change)}
                onMove={(direction) => move(index, direction)}
                onRemove={() => removeStep(index)}
                onUseCurrent={() => updateStep(step.key, (item) => withState(item, currentState()))}
                onOpenView={onOpenView}
              />
            ))}
          </ol>
        )}
        <p className="visually-hidden" aria-live="polite">
          {messages.stories.stepCount(draft.steps.length)}
        </p>
        <div className="story-editor__add">
          <button type="button" className="button button--small" onClick={addCurrent} title={messages.stories.addCurrentTitle} data-testid="story-add-current">
            {messages.stories.addCurrent}
          </button>
        </div>
        {savedViews.length === 0 ? (
          views.list.status === "success" && <p className="muted">{messages.stories.needViews}</p>
        ) : (
          <section className="story-editor__views" aria-label={messages.stories.addSavedView}>
            <h3 className="story-editor__subtitle">{messages.stories.addSavedView}</h3>
            <ul className="item-list item-list--compact">
              {savedViews.map((view) => (
                <li key={view.id} className="item">
                  <bdi className="item__title">{view.title}</bdi>
                  <button type="button" className="button button--small" onClick={() => setSteps([...draft.steps, stepOfView(view)])} data-testid="story-add-step">
                    + {messages.stories.addStep}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
        {missing.length > 0 && <p className="status status--error">{messages.stories.missingViews}</p>}
        <ApiKeyField />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={draft.steps.length === 0 || draft.title.trim() === "" || status.status === "saving"} data-testid="story-save">
            {status.status === "saving" ? messages.stories.saving : messages.stories.save}
          </button>
          {(editing || changed) && (
            <button type="button" className="button" onClick={cancel} title={messages.stories.cancelTitle} data-testid="story-cancel">
              {messages.stories.cancel}
            </button>
          )}
        </div>
        {status.status === "saved" && (
          <p className="status" role="status" data-testid="story-saved">
            {messages.stories.saved(status.title)}
          </p>
        )}
        {status.status === "error" && <p className="status status--error" role="alert">{status.message}</p>}
      </form>
    </div>
  );
}

interface StepEditorProps {
  step: DraftStep;
  first: boolean;
  last: boolean;
  onChange: (change: (step: DraftStep) => DraftStep) => void;
  onMove: (direction: "up" | "down") => void;
  onRemove: () => void;
  onUseCurrent: () => void;
  onOpenView: (view: SavedViewFields) => void;
}

/** One step in the editor: its view (saved, new or deleted), caption and the step's actions. */
function StepEditor({ step, first, last, onChange, onMove, onRemove, onUseCurrent, onOpenView }: StepEditorProps) {
  const messages = useMessages();
  const { view } = step;
  return (
    <li className="story-step" data-step-key={step.key} data-testid="story-step">
      <div className="story-step__head">
        {step.newState ? (
          <label className="field story-step__title">
            <span className="visually-hidden">{messages.stories.viewTitle}</span>
            <input value={step.title} onChange={(event) => onChange((item) => ({ ...item, title: event.target.value }))} maxLength={200} dir="auto" data-testid="story-step-title" />
          </label>
        ) : (
          <bdi className="item__title story-step__title" title={view?.title} data-testid="story-step-title">
            {view ? view.title : messages.stories.missingView}
          </bdi>
        )}
        <div className="item__actions">
          <button type="button" className="button button--small" aria-label={messages.stories.moveUp} title={messages.stories.moveUp} disabled={first} onClick={() => onMove("up")} data-action="up" data-testid="story-step-up">
            ↑
          </button>
          <button type="button" className="button button--small" aria-label={messages.stories.moveDown} title={messages.stories.moveDown} disabled={last} onClick={() => onMove("down")} data-action="down" data-testid="story-step-down">
            ↓
          </button>
          <button type="button" className="button button--small" aria-label={messages.stories.remove} title={messages.stories.remove} onClick={onRemove} data-action="remove" data-testid="story-step-remove">
            ×
          </button>
        </div>
      </div>
      <label className="field">
        <span className="visually-hidden">{messages.stories.stepCaption}</span>
        <input
          value={step.caption}
          placeholder={view?.caption || messages.stories.stepCaption}
          dir="auto"
          maxLength={1000}
          onChange={(event) => onChange((item) => ({ ...item, caption: event.target.value }))}
          data-testid="story-step-caption"
        />
      </label>
      <div className="story-step__actions">
        {step.newState && (
          <span className="story-step__badge" title={messages.stories.newViewTitle}>
            {messages.stories.newView}
          </span>
        )}
        {view && (
          <button type="button" className="button button--small" onClick={() => onOpenView(view)} title={messages.stories.showTitle} data-testid="story-step-show">
            {messages.stories.show}
          </button>
        )}
        <button type="button" className="button button--small" onClick={onUseCurrent} title={messages.stories.useCurrentTitle} data-testid="story-step-use-current">
          {messages.stories.useCurrent}
        </button>
      </div>
    </li>
  );
}
