import { useEffect, useRef } from "react";
import { NETWORK_LAYOUT_NAMES, type NetworkLayoutName } from "../../graph/NetworkLayoutName.ts";
import { useMessages } from "../../i18n/useMessages.ts";
import { DATA_EXPORT_FORMATS, type DataExportFormat } from "../export/exportShownGraph.ts";

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
  /** Nodes on screen, for the data export of the view; null when they are not in the database (a synthetic graph). */
  shownCount: number | null;
  onExportData: (format: DataExportFormat) => void;
  onPresent: () => void;
}

/** Layout choice, resets and exports, over the network's inline-start corner. */
export function NetworkToolbar(props: NetworkToolbarProps) {
  const messages = useMessages().toolbar;
  const dataMenuRef = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    // The data menu closes on a click or a key press outside it, or on Escape, as menus do.
    const close = (event: Event) => {
      const menu = dataMenuRef.current;
      if (!menu?.open) return;
      if (event instanceof KeyboardEvent ? event.key === "Escape" : !menu.contains(event.target as Node)) menu.open = false;
    };
    document.addEventListener("pointerdown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("pointerdown", close);
      document.removeEventListener("keydown", close);
    };
  }, []);
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
        <details className="export-menu" data-testid="export-data" ref={dataMenuRef}>
          <summary className="button" title={messages.exportDataTitle}>
            {messages.exportData}
          </summary>
          <div className="export-menu__list" role="group" aria-label={messages.exportDataTitle}>
            {props.shownCount !== null && (
              <>
                <p className="export-menu__heading">{messages.exportShown(props.shownCount)}</p>
                {DATA_EXPORT_FORMATS.map(({ format }) => (
                  <button
                    key={format}
                    type="button"
                    className="button"
                    disabled={props.exporting}
                    onClick={(event) => {
                      event.currentTarget.closest("details")?.removeAttribute("open");
                      props.onExportData(format);
                    }}
                    data-testid={`export-view-${format}`}
                  >
                    {messages.exportFormats[format]}
                  </button>
                ))}
              </>
            )}
            <p className="export-menu__heading">{messages.exportWhole}</p>
            <a className="button" href="/export?format=gexf" download data-testid="export-whole-gexf">
              {messages.exportFormats.gexf}
            </a>
          </div>
        </details>
      </span>
      <button type="button" className="button button--primary" onClick={props.onPresent} title={messages.presentTitle} data-testid="present-button">
        {messages.present}
      </button>
    </div>
  );
}
