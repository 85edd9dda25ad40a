import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { overviewPrefetchScript } from "./src/explorer/overviewPrefetch.ts";

// The config lives in web/ but is run from the repo root (`vite build --config web/vite.config.ts`),
// so every path is resolved from this file rather than from the working directory.
const webRoot = fileURLToPath(new URL(".", import.meta.url));

/** Starts the overview request from index.html itself, before the app's scripts load (see overviewPrefetch). */
function overviewPrefetch(): Plugin {
  return {
    name: "entente-overview-prefetch",
    // At the placeholder: after <meta charset> (which must come within the first 1024 bytes) and
    // before the stylesheet, which a classic script would wait for.
    transformIndexHtml: (html) => html.replace("<!-- entente:overview-prefetch -->", `<script>\n${overviewPrefetchScript()}\n</script>`),
  };
}

export default defineConfig({
  root: webRoot,
  plugins: [react(), overviewPrefetch()],
  build: {
    outDir: fileURLToPath(new URL("./dist", import.meta.url)),
    emptyOutDir: true,
    // Cytoscape alone minifies to ~560 kB and cannot be split further; warn only beyond it.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        // Cytoscape and its layout are most of the bytes and change far less often than the app,
        // so they get their own long-cached chunk.
        codeSplitting: {
          groups: [{ name: "cytoscape", test: /node_modules[\\/](cytoscape|cytoscape-fcose|cose-base|layout-base)[\\/]/ }],
        },
      },
    },
  },
  server: {
    proxy: {
      "/graphql": "http://localhost:4000",
    },
  },
});
