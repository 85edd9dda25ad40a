import { runInNewContext } from "node:vm";
import { afterEach, describe, expect, it } from "vitest";
import { encodeViewHash } from "../../../web/src/explorer/viewStateHash.ts";
import { parseSavedViewState } from "../../../web/src/explorer/SavedViewState.ts";
import { OVERVIEW_LIMIT, overviewPrefetchScript, takePrefetchedOverview, takePrefetchedOverviewIfReady } from "../../../web/src/explorer/overviewPrefetch.ts";

const overview = { nodes: [{ id: "state:MA" }], edges: [], truncated: false };

/** Runs the inline script of index.html at an address; answers the requests it made and what it left on window. */
function runPrefetch(address: string, respond: () => Promise<unknown> = () => Promise.resolve(new Response("{}"))) {
  const url = new URL(address, "http://localhost");
  const requests: { url: string; body: { query: string; variables: unknown } }[] = [];
  const window: Record<string, unknown> = {
    fetch: (requestUrl: string, init: { body: string }) => {
      requests.push({ url: requestUrl, body: JSON.parse(init.body) as { query: string; variables: unknown } });
      return respond();
    },
  };
  runInNewContext(overviewPrefetchScript(), {
    window,
    location: { search: url.search, hash: url.hash },
    URLSearchParams,
    atob,
    fetch: window["fetch"],
    performance: { mark: () => undefined },
  });
  return { requests, prefetched: window["__ententeOverview"] };
}

const hashOf = (base: object) => encodeViewHash(parseSavedViewState({ base, expanded: [], hidden: [], pinned: [], selected: null, layout: "fcose" }));

describe("overview prefetch", () => {
  afterEach(() => {
    delete (globalThis as { window?: unknown }).window;
  });

  it("asks for the overview as soon as index.html is parsed", () => {
    const { requests, prefetched } = runPrefetch("/");
    expect(requests).toHaveLength(1);
    expect(requests[0]!.url).toBe("/graphql");
    expect(requests[0]!.body.query).toContain("overview(limit: $limit)");
    expect(requests[0]!.body.variables).toEqual({ limit: OVERVIEW_LIMIT });
    expect(prefetched).toBeInstanceOf(Promise);
  });

  it("also for a state in the hash that starts from the overview, not for a focus, a saved view or the synthetic graph", () => {
    expect(runPrefetch(`/${hashOf({ kind: "overview" })}`).requests).toHaveLength(1);
    expect(runPrefetch(`/${hashOf({ kind: "focus", id: "state:MA", depth: 2 })}`).requests).toHaveLength(0);
    expect(runPrefetch("/?view=abc").requests).toHaveLength(0);
    expect(runPrefetch("/?synthetic=2000x6000").requests).toHaveLength(0);
    expect(runPrefetch("/#s=damaged").requests).toHaveLength(1);
  });

  it("hands the answer over once; nothing on failure, so the app asks again and reports the error", async () => {
    const answer = () => Promise.resolve(new Response(JSON.stringify({ data: { overview } }), { status: 200 }));
    (globalThis as { window?: unknown }).window = { __ententeOverview: runPrefetch("/", answer).prefetched };
    expect(await takePrefetchedOverview()).toEqual(overview);
    expect(await takePrefetchedOverview()).toBeNull();

    for (const failing of [
      () => Promise.reject(new TypeError("Failed to fetch")),
      () => Promise.resolve(new Response("oops", { status: 502 })),
      () => Promise.resolve(new Response("<html>not JSON</html>", { status: 200 })),
      () => Promise.resolve(new Response(JSON.stringify({ errors: [{ message: "boom" }], data: null }), { status: 200 })),
    ]) {
      (globalThis as { window?: unknown }).window = { __ententeOverview: runPrefetch("/", failing).prefetched };
      expect(await takePrefetchedOverview()).toBeNull();
    }
  });

  it("before the first render, takes the answer only if it is in within the wait, else leaves it for the app", async () => {
    const answer = () => Promise.resolve(new Response(JSON.stringify({ data: { overview } }), { status: 200 }));
    (globalThis as { window?: unknown }).window = { __ententeOverview: runPrefetch("/", answer).prefetched };
    expect(await takePrefetchedOverviewIfReady(200)).toEqual(overview);
    expect(await takePrefetchedOverview()).toBeNull();

    const slow = () => new Promise<Response>((resolve) => setTimeout(() => resolve(new Response(JSON.stringify({ data: { overview } }))), 80));
    (globalThis as { window?: unknown }).window = { __ententeOverview: runPrefetch("/", slow).prefetched };
    expect(await takePrefetchedOverviewIfReady(10)).toBeNull();
    expect(await takePrefetchedOverview()).toEqual(overview);

    const failed = () => Promise.reject(new TypeError("Failed to fetch"));
    (globalThis as { window?: unknown }).window = { __ententeOverview: runPrefetch("/", failed).prefetched };
    expect(await takePrefetchedOverviewIfReady(200)).toBeNull();
    expect(await takePrefetchedOverview()).toBeNull();

    (globalThis as { window?: unknown }).window = {};
    expect(await takePrefetchedOverviewIfReady(200)).toBeNull();
  });
});
