import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium, staleBoundingBoxes } from "./browserSupport.ts";
import { startTestApp } from "../support/startTestApp.ts";

/** States the seed article names (Morocco, Israel, the Negev Summit's attendees, Algeria, Iran). */
const SEED_STATE_IDS = ["MA", "IL", "US", "EG", "AE", "BH", "DZ", "IR"].map((iso2) => `state:${iso2}`);


/*
 * The network is drawn on a canvas, so the test reads it through the Cytoscape instance the web
 * client exposes as window.__cy. These are the few members the test uses; the root tsconfig has no
 * DOM library, so the page-side callbacks reach it through globalThis.
 */
interface CyNodeProbe {
  id(): string;
  data(key: "type"): string;
  data(key: "size"): number;
  selected(): boolean;
  renderedPosition(): { x: number; y: number };
  position(): { x: number; y: number };
}
interface CyProbe {
  nodes(): { map<T>(fn: (node: CyNodeProbe) => T): T[] };
  getElementById(id: string): CyNodeProbe & { empty(): boolean };
}
type PageGlobals = { __cy?: CyProbe };

describe("web client on the seed graph", () => {
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    page.on("pageerror", (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("draws the seed's states and shows evidence for a clicked state", async () => {
    await page.goto(app.url);
    const network = page.getByTestId("network");
    await network.and(page.locator('[data-layout="done"]')).waitFor({ timeout: 30_000 });

    const drawn = await page.evaluate(() => {
      const cy = (globalThis as unknown as PageGlobals).__cy;
      return cy ? cy.nodes().map((node) => ({ id: node.id(), type: node.data("type") })) : [];
    });
    const drawnStateIds = drawn.filter((node) => node.type === "STATE").map((node) => node.id);
    expect(drawnStateIds).toEqual(expect.arrayContaining(SEED_STATE_IDS));

    // The first view is drawn where the server laid it out: no layout ran in the browser.
    const placement = await page.evaluate(async () => {
      const response = await fetch("/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ overview { positions { id x y } } }" }) });
      const served = ((await response.json()) as { data: { overview: { positions: { id: string; x: number; y: number }[] | null } } }).data.overview.positions;
      const cy = (globalThis as unknown as PageGlobals).__cy!;
      const off = (served ?? []).filter(({ id, x, y }) => {
        const position = cy.getElementById(id).position();
        return Math.abs(position.x - x) > 0.5 || Math.abs(position.y - y) > 0.5;
      });
      return { served: served?.length ?? 0, off: off.length, browserLayoutRan: performance.getEntriesByName("entente:fcose-end").length > 0 };
    });
    expect(placement).toEqual({ served: drawn.length, off: 0, browserLayoutRan: false });

    // The initial styling fix is in, and no element kept a stale cached box through it.
    const boxes = await staleBoundingBoxes(page);
    expect(boxes).toMatchObject({ installed: true, stale: [] });
    expect(boxes.checked).toBeGreaterThan(drawn.length);

    // Click Morocco where it is drawn, as a user would.
    const box = await network.boundingBox();
    if (!box) throw new Error("the network container has no box");
    const position = await page.evaluate(() => {
      const node = (globalThis as unknown as PageGlobals).__cy?.getElementById("state:MA");
      return node && !node.empty() ? node.renderedPosition() : null;
    });
    if (!position) throw new Error("state:MA is not drawn");
    await page.mouse.click(box.x + position.x, box.y + position.y);

    const panel = page.getByTestId("details-panel");
    await panel.getByRole("heading", { level: 2 }).waitFor({ timeout: 15_000 });
    expect(await panel.getByRole("heading", { level: 2 }).textContent()).toContain("Morocco");

    const sentence = panel.getByTestId("evidence-sentence").first();
    await sentence.waitFor({ timeout: 15_000 });
    expect((await sentence.textContent())?.trim()).toMatch(/[\u0600-\u06FF]/);
    // The seed article is Arabic: its sentences are laid out right to left.
    expect(await sentence.getAttribute("dir")).toBe("rtl");

    const selected = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).__cy?.getElementById("state:MA").selected(),
    );
    expect(selected).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it("lays a 1,500-node graph out with the draft layout: every node placed, none on top of another", async () => {
    // The web benchmark's generated graph, large enough for the large-graph path (over 800 nodes).
    await page.goto(`${app.url}/?synthetic=1500x4500`);
    await page.getByTestId("network").and(page.locator('[data-layout="done"]')).waitFor({ timeout: 60_000 });
    const placed = await page.evaluate(() => {
      const cy = (globalThis as unknown as PageGlobals).__cy!;
      const nodes = cy.nodes().map((node) => ({ ...node.position(), size: node.data("size") }));
      // Pairs of nodes whose discs overlap, found through a coarse grid.
      const cell = 80;
      const grid = new Map<string, number[]>();
      nodes.forEach((node, index) => {
        const key = `${Math.floor(node.x / cell)}:${Math.floor(node.y / cell)}`;
        grid.set(key, [...(grid.get(key) ?? []), index]);
      });
      let overlapping = 0;
      nodes.forEach((node, index) => {
        for (let dx = -1; dx <= 1; dx += 1) {
          for (let dy = -1; dy <= 1; dy += 1) {
            for (const other of grid.get(`${Math.floor(node.x / cell) + dx}:${Math.floor(node.y / cell) + dy}`) ?? []) {
              if (other > index && Math.hypot(nodes[other]!.x - node.x, nodes[other]!.y - node.y) < (node.size + nodes[other]!.size) / 2 - 1) overlapping += 1;
            }
          }
        }
      });
      return {
        count: nodes.length,
        finite: nodes.every((node) => Number.isFinite(node.x) && Number.isFinite(node.y)),
        overlapping,
        draft: performance.getEntriesByName("entente:draft-end").length,
        fcose: performance.getEntriesByName("entente:fcose-end").length,
      };
    });
    expect(placed).toMatchObject({ count: 1500, finite: true, draft: 1, fcose: 0 });
    // The draft's separation rounds are bounded: a few pairs may still touch, out of over a million.
    expect(placed.overlapping).toBeLessThan(15);
    expect(pageErrors).toEqual([]);
  });

  it("gives a dense mid-size graph the draft layout too, not fcose", async () => {
    // 300 nodes and 900 edges: fcose took 5.6 s in the page on this project's machine (usesDraftLayout).
    await page.goto(`${app.url}/?synthetic=300x900`);
    await page.getByTestId("network").and(page.locator('[data-layout="done"]')).waitFor({ timeout: 60_000 });
    const ran = await page.evaluate(() => ({
      nodes: (globalThis as unknown as PageGlobals).__cy!.nodes().map((node) => node.id()).length,
      draft: performance.getEntriesByName("entente:draft-end").length,
      fcose: performance.getEntriesByName("entente:fcose-end").length,
    }));
    expect(ran).toEqual({ nodes: 300, draft: 1, fcose: 0 });
    expect(pageErrors).toEqual([]);
  });

  it("opens the GraphiQL IDE with no network beyond the app, and runs a query in it", async () => {
    // Any request leaving the app (a CDN for GraphiQL's scripts, styles or editor workers) is refused
    // and recorded: the IDE must come whole from the installed packages.
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const outside: string[] = [];
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(app.url)) return route.continue();
      outside.push(url);
      return route.abort();
    });
    const ide = await context.newPage();
    const ideErrors: string[] = [];
    ide.on("pageerror", (error) => ideErrors.push(error.message));
    await ide.goto(`${app.url}/graphql`);
    await ide.locator(".graphiql-container").first().waitFor({ timeout: 30_000 });
    await ide.locator(".graphiql-execute-button").first().click();
    // The default query counts nodes by label; the seeds hold states.
    await ide.waitForFunction(() => {
      const pane = (globalThis as unknown as { document: { querySelector(s: string): { textContent: string } | null } }).document.querySelector(".graphiql-response");
      return /"label":\s*"State"/.test(pane?.textContent ?? "");
    }, null, { timeout: 30_000 });
    expect(outside).toEqual([]);
    expect(ideErrors).toEqual([]);
    await context.close();
  });
});
