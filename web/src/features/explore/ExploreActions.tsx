import { useState } from "react";
import type { Expansion } from "../../explorer/ExplorerState.ts";
import { useMessages } from "../../i18n/useMessages.ts";

export interface ExploreActionsProps {
  /** The node is drawn in the network (a details link may point outside it). */
  inNetwork: boolean;
  expansion: Expansion | undefined;
  pinned: boolean;
  expanding: boolean;
  /** What the last expansion of this node did, to say it. */
  lastAdded: number | null;
  onExpand: (depth: number) => void;
  onCollapse: () => void;
  onHide: () => void;
  onPinToggle: () => void;
  onFocus: (depth: number) => void;
  onPathFrom: () => void;
  onPathTo: () => void;
}

/** The details panel's explorer tools for the selected node. */
export function ExploreActions(props: ExploreActionsProps) {
  const messages = useMessages().explore;
  const [depth, setDepth] = useState(1);
  return (
    <section className="explore-actions" aria-label={messages.actions} data-testid="explore-actions">
      <div className="explore-actions__row">
        <label className="explore-actions__depth">
          {messages.depth}
          <select value={depth} onChange={(event) => setDepth(Number(event.target.value))} data-testid="expand-depth">
            {[1, 2, 3].map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button button--primary" onClick={() => props.onExpand(depth)} disabled={props.expanding} title={messages.expandTitle} data-testid="expand-button">
          {props.expanding ? messages.expanding : messages.expand}
        </button>
        {props.expansion && (
          <button type="button" className="button" onClick={props.onCollapse} title={messages.collapseTitle} data-testid="collapse-button">
            {messages.collapse}
          </button>
        )}
        <button type="button" className="button" onClick={() => props.onFocus(depth)} title={messages.focusTitle} data-testid="focus-button">
          {messages.focus}
        </button>
      </div>
      <div className="explore-actions__row">
        {props.inNetwork && (
          <>
            <button type="button" className="button" onClick={props.onHide} title={messages.hideTitle} data-testid="hide-button">
              {messages.hide}
            </button>
            <button type="button" className="button" aria-pressed={props.pinned} onClick={props.onPinToggle} title={messages.pinTitle} data-testid="pin-button">
              {props.pinned ? messages.unpin : messages.pin}
            </button>
          </>
        )}
        <button type="button" className="button" onClick={props.onPathFrom}>
          {messages.pathFrom}
        </button>
        <button type="button" className="button" onClick={props.onPathTo}>
          {messages.pathTo}
        </button>
      </div>
      {!props.inNetwork && <p className="muted explore-actions__note">{messages.notInNetwork}</p>}
      {props.lastAdded !== null && (
        <p className="explore-actions__note" role="status" data-testid="expand-result">
          {messages.expanded(props.lastAdded)}
        </p>
      )}
      {props.expansion?.truncated && (
        <p className="explore-actions__note status--warning" role="status" data-testid="expand-truncated">
          {messages.truncated}
        </p>
      )}
    </section>
  );
}
