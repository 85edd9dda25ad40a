import { useState, type DragEvent, type FormEvent } from "react";
import type { IngestResultFields } from "../../api/ingestArticleMutation.ts";
import { describeApiError } from "../../describeApiError.ts";
import { labelOfKind, labelOfValue } from "../../i18n/labelOfValue.ts";
import { useMessages } from "../../i18n/useMessages.ts";
import { ApiKeyField } from "../apiKey/ApiKeyField.tsx";
import { useApiKey } from "../apiKey/useApiKey.ts";
import { parseFrontMatter } from "./parseFrontMatter.ts";
import { useIngestArticle } from "./useIngestArticle.ts";

export interface IngestPanelProps {
  /** Called after a successful ingest, to merge what it found into the network. */
  onIngested: (result: IngestResultFields) => Promise<number>;
}

const READABLE_FILE = /\.(txt|md|markdown)$/i;

/** Paste or drop an article, ingest it with the API key, and see what was extracted. */
export function IngestPanel({ onIngested }: IngestPanelProps) {
  const messages = useMessages();
  const [apiKey] = useApiKey();
  const { state, ingest } = useIngestArticle();
  const [text, setText] = useState("");
  const [title, setTitle] = useState("");
  const [published, setPublished] = useState("");
  const [language, setLanguage] = useState("");
  const [dragging, setDragging] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [merged, setMerged] = useState<number | null>(null);

  const readFile = async (file: File) => {
    if (!READABLE_FILE.test(file.name)) {
      setProblem(messages.ingest.badFile);
      return;
    }
    const { fields, text: body } = parseFrontMatter(await file.text());
    setProblem(null);
    setText(body.trim());
    setTitle(fields.title ?? file.name.replace(READABLE_FILE, ""));
    setPublished(fields.published ?? fields.date ?? "");
    setLanguage(fields.language ?? fields.lang ?? "");
  };

  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) await readFile(file);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMerged(null);
    if (!text.trim()) return setProblem(messages.ingest.empty);
    if (!apiKey) return setProblem(messages.errors.needsKey);
    setProblem(null);
    const result = await ingest(
      {
        text,
        ...(title.trim() ? { title: title.trim() } : {}),
        ...(published.trim() ? { published: published.trim() } : {}),
        ...(language ? { language } : {}),
      },
      apiKey,
    );
    if (result) setMerged(await onIngested(result));
  };

  const result = state.status === "success" ? state.result : null;
  return (
    <form className="form ingest" onSubmit={submit} data-testid="ingest-panel" aria-label={messages.ingest.title}>
      <h2 className="panel__title">{messages.ingest.title}</h2>
      <label
        className={dragging ? "field ingest__drop ingest__drop--active" : "field ingest__drop"}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <span>{messages.ingest.text}</span>
        <textarea
          value={text}
          onChange={(event) => setText(event.target.value)}
          rows={8}
          dir="auto"
          placeholder={dragging ? messages.ingest.drop : messages.ingest.textPlaceholder}
          data-testid="ingest-text"
        />
      </label>
      <label className="field">
        <span>{messages.ingest.chooseFile}</span>
        <input
          type="file"
          accept=".txt,.md,.markdown,text/plain,text/markdown"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void readFile(file);
          }}
          data-testid="ingest-file"
        />
      </label>
      <label className="field">
        <span>{messages.ingest.articleTitle}</span>
        <input value={title} onChange={(event) => setTitle(event.target.value)} dir="auto" data-testid="ingest-title" />
      </label>
      <div className="form__row">
        <label className="field">
          <span>{messages.ingest.published}</span>
          <input type="date" value={published} onChange={(event) => setPublished(event.target.value)} data-testid="ingest-published" />
        </label>
        <label className="field">
          <span>{messages.ingest.language}</span>
          <select value={language} onChange={(event) => setLanguage(event.target.value)}>
            <option value="">{messages.ingest.detect}</option>
            <option value="ar">العربية</option>
            <option value="en">English</option>
            <option value="fr">Français</option>
          </select>
        </label>
      </div>
      <ApiKeyField />
      <button type="submit" className="button button--primary" disabled={state.status === "submitting"} data-testid="ingest-submit">
        {state.status === "submitting" ? messages.ingest.submitting : messages.ingest.submit}
      </button>
      {problem && <p className="status status--error" role="alert">{problem}</p>}
      {state.status === "error" && <p className="status status--error" role="alert">{describeApiError(state.error, messages)}</p>}
      {result && (
        <section className="ingest__result" data-testid="ingest-result" aria-live="polite">
          <p>{messages.ingest.result(labelOfValue(messages, "ingestStatuses", result.status), result.nodesCreated, result.relationshipsCreated)}</p>
          <h3 className="details__section-title">{messages.ingest.extracted}</h3>
          <dl className="facts">
            <ExtractedRow term={messages.ingest.states} items={result.extracted.states} nothing={messages.ingest.nothing} />
            <ExtractedRow
              term={messages.ingest.officials}
              items={result.extracted.officials.map((official) => [official.name, official.title, official.state].filter(Boolean).join(" · "))}
              nothing={messages.ingest.nothing}
            />
            <ExtractedRow
              term={messages.ingest.agreements}
              items={result.extracted.agreements.map((event) => [event.name ?? labelOfKind(messages, "AGREEMENT", event.kind), event.states.join("–"), event.date].filter(Boolean).join(" · "))}
              nothing={messages.ingest.nothing}
            />
            <ExtractedRow
              term={messages.ingest.meetings}
              items={result.extracted.meetings.map((event) => [event.name ?? labelOfKind(messages, "MEETING", event.kind), event.states.join("–"), event.date].filter(Boolean).join(" · "))}
              nothing={messages.ingest.nothing}
            />
          </dl>
          {merged !== null && <p className="status" role="status" data-testid="ingest-merged">{messages.ingest.merged(merged)}</p>}
        </section>
      )}
    </form>
  );
}

function ExtractedRow({ term, items, nothing }: { term: string; items: string[]; nothing: string }) {
  return (
    <div className="facts__row">
      <dt>{term}</dt>
      <dd>
        {items.length === 0 ? (
          <span className="muted">{nothing}</span>
        ) : (
          <ul className="plain-list">
            {items.map((item, index) => (
              <li key={index}>
                <bdi>{item}</bdi>
              </li>
            ))}
          </ul>
        )}
      </dd>
    </div>
  );
}
