import { useState, type FormEvent } from "react";
import type { SavedViewFields } from "../../api/savedViewFields.ts";
import { describeApiError } from "../../describeApiError.ts";
import type { SavedViewState } from "../../explorer/SavedViewState.ts";
import { useMessages } from "../../i18n/useMessages.ts";
import { ApiKeyField } from "../apiKey/ApiKeyField.tsx";
import { useApiKey } from "../apiKey/useApiKey.ts";
import type { SavedViews } from "./useSavedViews.ts";

export interface ViewsPanelProps {
  views: SavedViews;
  currentViewId: string | null;
  /** The explorer's state to save, with node positions and camera. */
  currentState: () => SavedViewState;
  onSaved: (view: SavedViewFields) => void;
  onOpen: (view: SavedViewFields) => void;
}

/** Save the current view on the server (its link then restores it) and reopen saved ones. */
export function ViewsPanel({ views, currentViewId, currentState, onSaved, onOpen }: ViewsPanelProps) {
  const messages = useMessages();
  const [apiKey] = useApiKey();
  const [title, setTitle] = useState("");
  const [caption, setCaption] = useState("");
  const [saving, setSaving] = useState<{ status: "idle" | "saving" | "saved" } | { status: "error"; message: string }>({ status: "idle" });
  const [copied, setCopied] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!apiKey) {
      setSaving({ status: "error", message: messages.errors.needsKey });
      return;
    }
    setSaving({ status: "saving" });
    try {
      const view = await views.save({ title: title.trim(), caption: caption.trim(), state: JSON.stringify(currentState()) }, apiKey);
      setSaving({ status: "saved" });
      setTitle("");
      setCaption("");
      onSaved(view);
    } catch (error) {
      setSaving({ status: "error", message: describeApiError(error instanceof Error ? error : new Error(String(error)), messages) });
    }
  };

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      setCopied(false);
    }
  };

  const remove = async (view: SavedViewFields) => {
    if (!apiKey) {
      setSaving({ status: "error", message: messages.errors.needsKey });
      return;
    }
    if (!window.confirm(messages.views.confirmDelete(view.title))) return;
    try {
      await views.remove(view.id, apiKey);
    } catch (error) {
      setSaving({ status: "error", message: describeApiError(error instanceof Error ? error : new Error(String(error)), messages) });
    }
  };

  return (
    <div className="views-panel" data-testid="views-panel">
      <form className="form" onSubmit={save} aria-label={messages.views.saveTitle}>
        <h2 className="panel__title">{messages.views.saveTitle}</h2>
        <label className="field">
          <span>{messages.views.viewTitle}</span>
          <input value={title} onChange={(event) => setTitle(event.target.value)} required maxLength={200} dir="auto" data-testid="view-title" />
        </label>
        <label className="field">
          <span>{messages.views.caption}</span>
          <textarea value={caption} onChange={(event) => setCaption(event.target.value)} rows={2} maxLength={1000} dir="auto" data-testid="view-caption" />
        </label>
        <ApiKeyField />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={saving.status === "saving" || title.trim() === ""} data-testid="view-save">
            {saving.status === "saving" ? messages.views.saving : messages.views.save}
          </button>
          <button type="button" className="button" onClick={copyLink}>
            {copied ? messages.views.copied : messages.views.copyLink}
          </button>
        </div>
        {saving.status === "saved" && <p className="status" role="status" data-testid="view-saved">{messages.views.saved}</p>}
        {saving.status === "error" && <p className="status status--error" role="alert">{saving.message}</p>}
      </form>
      <h2 className="panel__title">{messages.views.title}</h2>
      {views.list.status === "loading" && <p className="status" role="status">{messages.views.loading}</p>}
      {views.list.status === "error" && <p className="status status--error" role="alert">{describeApiError(views.list.error, messages)}</p>}
      {views.list.status === "success" && views.list.data.views.nodes.length === 0 && <p className="muted">{messages.views.none}</p>}
      {views.list.status === "success" && views.list.data.views.nodes.length > 0 && (
        <ul className="item-list" data-testid="views-list">
          {views.list.data.views.nodes.map((view) => (
            <li key={view.id} className={view.id === currentViewId ? "item item--current" : "item"}>
              <div className="item__text">
                <bdi className="item__title">{view.title}</bdi>
                {view.caption && <bdi className="item__caption muted">{view.caption}</bdi>}
              </div>
              <div className="item__actions">
                <button type="button" className="button button--small" onClick={() => onOpen(view)} data-testid="view-open">
                  {messages.views.open}
                </button>
                <button type="button" className="button button--small button--danger" onClick={() => remove(view)}>
                  {messages.views.delete}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
