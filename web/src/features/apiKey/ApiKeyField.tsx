import { useId, useState } from "react";
import { useMessages } from "../../i18n/useMessages.ts";
import { useApiKey } from "./useApiKey.ts";

/** The API key input shared by the panels that write (views, stories, ingest). */
export function ApiKeyField() {
  const messages = useMessages().apiKey;
  const [key, setKey] = useApiKey();
  const [visible, setVisible] = useState(false);
  const hintId = useId();
  return (
    <div className="field api-key">
      <label className="field">
        <span>{messages.label}</span>
        <span className="api-key__row">
          <input
            type={visible ? "text" : "password"}
            value={key}
            placeholder={messages.placeholder}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={hintId}
            onChange={(event) => setKey(event.target.value.trim())}
            data-testid="api-key"
          />
          <button type="button" className="button button--small" onClick={() => setVisible(!visible)} aria-pressed={visible}>
            {visible ? messages.hide : messages.show}
          </button>
        </span>
      </label>
      <p id={hintId} className="muted field__hint">
        {messages.hint}
      </p>
    </div>
  );
}
