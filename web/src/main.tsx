import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import type { GraphPiece } from "./explorer/ExplorerAction.ts";
import { takePrefetchedOverviewIfReady } from "./explorer/overviewPrefetch.ts";
import { readViewUrl } from "./features/views/viewUrl.ts";
import { LanguageProvider } from "./i18n/LanguageProvider.tsx";
import "./app.css";

// For the web benchmark and the browser's performance panel: the entry chunk and everything it
// imports (React, Cytoscape) are downloaded, parsed and evaluated by now.
performance.mark("entente:script-start");

const rootElement = document.getElementById("root");
if (!rootElement) throw new Error("index.html has no #root element");

/**
 * How long a plain page load (no saved view or state in the address) waits for the overview that
 * index.html requested before drawing anything: it usually arrives while the scripts load, so the
 * first render has the graph; past this the empty explorer is drawn and the overview follows.
 */
const FIRST_RENDER_WAIT_MS = 250;

function render(initialOverview: GraphPiece | null): void {
  createRoot(rootElement!).render(
    <StrictMode>
      <LanguageProvider>
        <App initialOverview={initialOverview} />
      </LanguageProvider>
    </StrictMode>,
  );
}

const { viewId, hashState } = readViewUrl(window.location);
const opensOverview = !viewId && !hashState;
if (opensOverview) {
  void takePrefetchedOverviewIfReady(FIRST_RENDER_WAIT_MS).then((overview) => {
    if (overview) performance.mark("entente:overview-end");
    render(overview);
  });
} else {
  render(null);
}
