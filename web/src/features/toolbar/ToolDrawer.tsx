import type { ReactNode } from "react";
import { useMessages } from "../../i18n/useMessages.ts";

export interface ToolDrawerProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/** The open tool's panel, between the rail and the network. */
export function ToolDrawer({ title, onClose, children }: ToolDrawerProps) {
  const messages = useMessages();
  return (
    <aside id="tool-drawer" className="tool-drawer" aria-label={title} data-testid="tool-drawer">
      <header className="tool-drawer__header">
        <h2 className="tool-drawer__title">{title}</h2>
        <button type="button" className="details__close" onClick={onClose} aria-label={messages.app.closePanel}>
          ×
        </button>
      </header>
      <div className="tool-drawer__body">{children}</div>
    </aside>
  );
}
