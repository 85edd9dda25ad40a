import { NETWORK_LAYOUT_NAMES, type NetworkLayoutName } from "../../graph/NetworkLayoutName.ts";
import { useMessages } from "../../i18n/useMessages.ts";

export interface NetworkToolbarProps {
  layout: NetworkLayoutName;
  onLayoutChange: (layout: NetworkLayoutName) => void;
  /** Not on the plain overview: offer to go back to it. */
  canReset: boolean;
  onReset: () => void;
  hiddenCount: number;
  onShowHidden: () => void;
  hasHighlight: boolean;
  onClearHighlight: () => void;
  exporting: boolean;
  onExportPng: () => void;
  onExportSvg: () => void;
  onPresent: () => void;
}

/** Layout choice, resets and exports, over the network's inline-start corner. */
export function NetworkToolbar(props: NetworkToolbarProps) {
  const messages = useMessages().toolbar;
  return (
    <div className="network-toolbar" role="toolbar" aria-label={messages.layout}>
      <label className="network-toolbar__layout">
        <span>{messages.layout}</span>
        <select value={props.layout} onChange={(event) => props.onLayoutChange(event.target.value as NetworkLayoutName)} data-testid="layout-select">
          {NETWORK_LAYOUT_NAMES.map((name) => (
            <option key={name} value={name}>
              {messages.layouts[name]}
            </option>
          ))}
        </select>
      </label>
      {props.canReset && (
        <button type="button" className="button" onClick={props.onReset} title={messages.overviewTitle} data-testid="overview-button">
          {messages.overview}
        </button>
      )}
      {props.hiddenCount > 0 && (
        <button type="button" className="button" onClick={props.onShowHidden} data-testid="show-hidden">
          {messages.showHidden(props.hiddenCount)}
        </button>
      )}
      {props.hasHighlight && (
        <button type="button" className="button" onClick={props.onClearHighlight} data-testid="clear-highlight">
          {messages.clearHighlight}
        </button>
      )}
      <span className="network-toolbar__group">
        <button type="button" className="button" onClick={props.onExportPng} disabled={props.exporting} title={messages.exportPngTitle} data-testid="export-png">
          {messages.exportPng}
        </button>
        <button type="button" className="button" onClick={props.onExportSvg} disabled={props.exporting} title={messages.exportSvgTitle} data-testid="export-svg">
          {messages.exportSvg}
        </button>
        <a className="button" href="/export?format=gexf" download title={messages.exportDataTitle}>
          {messages.exportData}
        </a>
      </span>
      <button type="button" className="button button--primary" onClick={props.onPresent} title={messages.presentTitle} data-testid="present-button">
        {messages.present}
      </button>
    </div>
  );
}
