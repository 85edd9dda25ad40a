import { useState, type FormEvent } from "react";
import type { StoryFields } from "../../api/storyFields.ts";
import { describeApiError } from "../../describeApiError.ts";
import { useMessages } from "../../i18n/useMessages.ts";
import { ApiKeyField } from "../apiKey/ApiKeyField.tsx";
import { useApiKey } from "../apiKey/useApiKey.ts";
import type { SavedViews } from "../views/useSavedViews.ts";
import { moveItem } from "./moveItem.ts";
import type { Stories } from "./useStories.ts";

export interface StoriesPanelProps {
  stories: Stories;
  views: SavedViews;
  onPresent: (story: StoryFields) => void;
}

interface DraftStep {
  viewId: string;
  title: string;
  caption: string;
}

/** Stories: ordered saved views with captions; write one from saved views, present one. */
export function StoriesPanel({ stories, views, onPresent }: StoriesPanelProps) {
  const messages = useMessages();
  const [apiKey] = useApiKey();
  const [title, setTitle] = useState("");
  const [steps, setSteps] = useState<DraftStep[]>([]);
  const [status, setStatus] = useState<{ status: "idle" | "saving" } | { status: "error"; message: string }>({ status: "idle" });
  const savedViews = views.list.status === "success" ? views.list.data.views.nodes : [];
  const fail = (error: unknown) =>
    setStatus({ status: "error", message: describeApiError(error instanceof Error ? error : new Error(String(error)), messages) });

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!apiKey) return setStatus({ status: "error", message: messages.errors.needsKey });
    setStatus({ status: "saving" });
    try {
      await stories.save({ title: title.trim(), steps: steps.map((step) => ({ viewId: step.viewId, caption: step.caption.trim() || null })) }, apiKey);
      setTitle("");
      setSteps([]);
      setStatus({ status: "idle" });
    } catch (error) {
      fail(error);
    }
  };

  const remove = async (story: StoryFields) => {
    if (!apiKey) return setStatus({ status: "error", message: messages.errors.needsKey });
    if (!window.confirm(messages.stories.confirmDelete(story.title))) return;
    try {
      await stories.remove(story.id, apiKey);
    } catch (error) {
      fail(error);
    }
  };

  return (
    <div className="stories-panel" data-testid="stories-panel">
      <h2 className="panel__title">{messages.stories.title}</h2>
      {stories.list.status === "loading" && <p className="status" role="status">{messages.stories.loading}</p>}
      {stories.list.status === "error" && <p className="status status--error" role="alert">{describeApiError(stories.list.error, messages)}</p>}
      {stories.list.status === "success" && stories.list.data.stories.nodes.length === 0 && <p className="muted">{messages.stories.none}</p>}
      {stories.list.status === "success" && stories.list.data.stories.nodes.length > 0 && (
        <ul className="item-list" data-testid="stories-list">
          {stories.list.data.stories.nodes.map((story) => (
            <li key={story.id} className="item">
              <div className="item__text">
                <bdi className="item__title">{story.title}</bdi>
                <span className="item__caption muted">{messages.stories.stepCount(story.steps.length)}</span>
              </div>
              <div className="item__actions">
                <button type="button" className="button button--small button--primary" onClick={() => onPresent(story)} disabled={story.steps.length === 0} data-testid="story-present">
                  {messages.stories.present}
                </button>
                <button type="button" className="button button--small button--danger" onClick={() => remove(story)}>
                  {messages.stories.delete}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}

      <form className="form" onSubmit={save} aria-label={messages.stories.newStory}>
        <h2 className="panel__title">{messages.stories.newStory}</h2>
        {savedViews.length === 0 ? (
          <p className="muted">{messages.stories.needViews}</p>
        ) : (
          <>
            <label className="field">
              <span>{messages.stories.storyTitle}</span>
              <input value={title} onChange={(event) => setTitle(event.target.value)} required maxLength={200} dir="auto" data-testid="story-title" />
            </label>
            <ul className="item-list item-list--compact">
              {savedViews.map((view) => (
                <li key={view.id} className="item">
                  <bdi className="item__title">{view.title}</bdi>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => setSteps([...steps, { viewId: view.id, title: view.title, caption: view.caption ?? "" }])}
                    data-testid="story-add-step"
                  >
                    + {messages.stories.addStep}
                  </button>
                </li>
              ))}
            </ul>
            {steps.length > 0 && (
              <ol className="story-steps" aria-label={messages.stories.steps}>
                {steps.map((step, index) => (
                  <li key={`${step.viewId}:${index}`} className="story-step">
                    <bdi className="item__title">{step.title}</bdi>
                    <label className="field">
                      <span className="visually-hidden">{messages.stories.stepCaption}</span>
                      <input
                        value={step.caption}
                        placeholder={messages.stories.stepCaption}
                        dir="auto"
                        onChange={(event) => setSteps(steps.map((item, i) => (i === index ? { ...item, caption: event.target.value } : item)))}
                      />
                    </label>
                    <div className="item__actions">
                      <button type="button" className="button button--small" aria-label={messages.stories.moveUp} disabled={index === 0} onClick={() => setSteps(moveItem(steps, index, index - 1))}>
                        ↑
                      </button>
                      <button type="button" className="button button--small" aria-label={messages.stories.moveDown} disabled={index === steps.length - 1} onClick={() => setSteps(moveItem(steps, index, index + 1))}>
                        ↓
                      </button>
                      <button type="button" className="button button--small" aria-label={messages.stories.remove} onClick={() => setSteps(steps.filter((_, i) => i !== index))}>
                        ×
                      </button>
                    </div>
                  </li>
                ))}
              </ol>
            )}
            <ApiKeyField />
            <button type="submit" className="button button--primary" disabled={steps.length === 0 || title.trim() === "" || status.status === "saving"} data-testid="story-save">
              {status.status === "saving" ? messages.stories.saving : messages.stories.save}
            </button>
          </>
        )}
        {status.status === "error" && <p className="status status--error" role="alert">{status.message}</p>}
      </form>
    </div>
  );
}
