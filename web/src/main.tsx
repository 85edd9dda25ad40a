import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { LanguageProvider } from "./i18n/LanguageProvider.tsx";
import "./app.css";

// For the web benchmark and the browser's performance panel: the entry chunk and everything it
// imports (React, Cytoscape) are downloaded, parsed and evaluated by now.
performance.mark("entente:script-start");

const rootElement = document.getElementById("root");
if (!rootElement) throw new Error("index.html has no #root element");

createRoot(rootElement).render(
  <StrictMode>
    <LanguageProvider>
      <App />
    </LanguageProvider>
  </StrictMode>,
);
