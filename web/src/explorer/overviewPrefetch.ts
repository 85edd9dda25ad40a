import { OVERVIEW_QUERY } from "../api/overviewQuery.ts";
import type { GraphPiece } from "./ExplorerAction.ts";

/** Nodes the overview loads: the whole seed graph fits; a large graph is cut to its best connected part. */
export const OVERVIEW_LIMIT = 1000;

declare global {
  interface Window {
    /** The answer to the overview request the inline script of index.html started (parsed JSON, null when not OK), until the app takes it. */
    __ententeOverview?: Promise<unknown>;
  }
}

/**
 * The overview request as a classic inline script, which Vite puts at the top of index.html
 * (web/vite.config.ts). It runs while the HTML is parsed, so the server answers while the browser
 * still downloads, parses and starts React and Cytoscape; loaded after them, the request began
 * a few hundred milliseconds later. Same request as `requestGraphQL` sends; not made when the
 * page opens a saved view, a focused state in the hash or the synthetic graph, which do not start
 * from the overview.
 */
export function overviewPrefetchScript(): string {
  const body = JSON.stringify({ query: OVERVIEW_QUERY, variables: { limit: OVERVIEW_LIMIT } });
  return [
    "(function () {",
    "  var params = new URLSearchParams(location.search);",
    '  if (params.has("synthetic") || params.get("view") || !window.fetch) return;',
    // A state in the hash (#s=, base64url JSON) starts from the overview too, unless it is a focus.
    '  if (location.hash.indexOf("#s=") === 0) {',
    "    try {",
    '      var base64 = location.hash.slice(3).replace(/-/g, "+").replace(/_/g, "/");',
    '      var state = JSON.parse(atob(base64 + "===".slice((base64.length + 3) % 4)));',
    '      if (state && state.base && state.base.kind !== "overview") return;',
    "    } catch (error) {}",
    "  }",
    '  performance.mark("entente:overview-start");',
    // Parsed as soon as it arrives, in the first gap the page's scripts leave, not when the app asks.
    `  var request = fetch("/graphql", { method: "POST", headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json" }, body: ${JSON.stringify(body)} }).then(function (response) { return response.ok ? response.json() : null; });`,
    "  request.catch(function () {});",
    "  window.__ententeOverview = request;",
    "})();",
  ].join("\n");
}

/**
 * The overview that index.html started to fetch, once: null when there is none, or when it failed
 * in any way (the caller then asks again through `requestGraphQL`, which reports errors properly).
 */
export async function takePrefetchedOverview(): Promise<GraphPiece | null> {
  const request = typeof window === "undefined" ? undefined : window.__ententeOverview;
  if (!request) return null;
  delete window.__ententeOverview;
  try {
    return overviewOf(await request);
  } catch {
    return null;
  }
}

/**
 * The prefetched overview if it is (or becomes) ready within `waitMs`, taken; otherwise null, and
 * the request is left for `takePrefetchedOverview`. main.tsx asks before the first render: on a
 * plain page load the answer is usually in by the time the scripts have run, and the app then
 * renders once with the graph instead of an empty shell followed by a second render.
 */
export async function takePrefetchedOverviewIfReady(waitMs: number): Promise<GraphPiece | null> {
  const request = typeof window === "undefined" ? undefined : window.__ententeOverview;
  if (!request) return null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<"late">((resolve) => {
    timer = setTimeout(() => resolve("late"), waitMs);
  });
  try {
    const body = await Promise.race([request, late]);
    if (body === "late") return null;
    delete window.__ententeOverview;
    return overviewOf(body);
  } catch {
    // A failed request: leave it for the app's own request, which reports the error.
    return null;
  } finally {
    clearTimeout(timer);
  }
}

function overviewOf(response: unknown): GraphPiece | null {
  const body = response as { data?: { overview?: GraphPiece } | null; errors?: unknown[] } | null;
  if (!body || body.errors?.length || !body.data?.overview) return null;
  return body.data.overview;
}
