import { useMessages } from "../../i18n/useMessages.ts";
import type { Presentation } from "./Presentation.ts";

export interface PresentationOverlayProps {
  presentation: Presentation;
  onNext: () => void;
  onPrevious: () => void;
  onExit: () => void;
}

/** The presentation's big caption, step counter and discreet controls over the full-screen network. */
export function PresentationOverlay({ presentation, onNext, onPrevious, onExit }: PresentationOverlayProps) {
  const messages = useMessages().presentation;
  const step = presentation.steps[presentation.index];
  const count = presentation.steps.length;
  return (
    <div className="presentation" data-testid="presentation" aria-label={messages.label} role="region">
      <div className="presentation__caption" aria-live="polite">
        <p className="presentation__title" data-testid="presentation-title">
          <bdi>{step?.title ?? presentation.title}</bdi>
        </p>
        {step?.caption && (
          <p className="presentation__text" data-testid="presentation-caption">
            <bdi>{step.caption}</bdi>
          </p>
        )}
      </div>
      <div className="presentation__controls">
        <button type="button" onClick={onPrevious} disabled={presentation.index === 0} aria-label={messages.previous}>
          ‹
        </button>
        <span className="presentation__counter" data-testid="presentation-step">
          {messages.step(presentation.index + 1, count)}
        </span>
        <button type="button" onClick={onNext} disabled={presentation.index >= count - 1} aria-label={messages.next}>
          ›
        </button>
        <button type="button" onClick={onExit} aria-label={messages.exit}>
          ✕
        </button>
        <span className="presentation__keys">{messages.keys}</span>
      </div>
    </div>
  );
}
