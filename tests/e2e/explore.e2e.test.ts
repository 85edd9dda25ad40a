import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { startTestApp } from "../support/startTestApp.ts";
import { clickNode, launchChromium, nodeCount, searchAndChoose, staleBoundingBoxes, visibleNodeIds, waitForNetwork, type PageGlobals } from "./browserSupport.ts";

// Explore: search, expand/collapse by double-click and from the details panel, hide and pin,
// filters, the time slider and its play button, and the path finder, on the seed graph.
describe("explorer on the seed graph", () => {
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.addInitScript(() => (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem("entente.language", "en"));
    await page.goto(app.url);
    await waitForNetwork(page);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("finds an entity by its Arabic name and selects it", async () => {
    await searchAndChoose(page, "search", "المغرب");
    const panel = page.getByTestId("details-panel");
    await panel.getByRole("heading", { level: 2 }).waitFor({ timeout: 15_000 });
    expect(await panel.getByRole("heading", { level: 2 }).textContent()).toContain("Morocco");
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).__cy?.getElementById("state:MA").selected())).toBe(true);
  });

  it("focuses on a node, expands a neighbour by double-click, and collapses it again", async () => {
    await page.getByTestId("focus-button").click();
    await page.waitForFunction(() => ((globalThis as unknown as PageGlobals).__cy?.nodes().length ?? 999) < 60);
    await waitForNetwork(page);
    const focused = await nodeCount(page);
    const neighbours = await page.evaluate(() => (globalThis as unknown as PageGlobals).__cy!.getElementById("state:MA").neighborhood().nodes().map((node) => node.id()));
    const meeting = neighbours.find((id) => id.startsWith("meeting:")) ?? neighbours[0]!;

    await page.waitForTimeout(400); // let the camera settle on the focused graph
    await clickNode(page, meeting, 2);
    await page.getByTestId("expand-result").waitFor({ timeout: 15_000 });
    await waitForNetwork(page);
    const expanded = await nodeCount(page);
    expect(expanded).toBeGreaterThan(focused);
    // New elements joined a drawn graph: every cached box still equals a fresh one.
    expect(await staleBoundingBoxes(page)).toMatchObject({ installed: true, stale: [] });
    for (const id of neighbours) expect(await page.evaluate((nodeId) => !(globalThis as unknown as PageGlobals).__cy!.getElementById(nodeId).empty(), id)).toBe(true);

    await page.getByTestId("collapse-button").click();
    await page.waitForFunction((count) => (globalThis as unknown as PageGlobals).__cy?.nodes().length === count, focused);
    expect(await nodeCount(page)).toBe(focused);
  });

  it("expands from the details panel with a chosen depth", async () => {
    await clickNode(page, "state:MA");
    await page.getByTestId("expand-depth").selectOption("2");
    const before = await nodeCount(page);
    await page.getByTestId("expand-button").click();
    await page.getByTestId("expand-result").waitFor({ timeout: 15_000 });
    await waitForNetwork(page);
    expect(await nodeCount(page)).toBeGreaterThan(before);
    expect(await page.getByTestId("expand-result").textContent()).toMatch(/added/);
  });

  it("hides and pins a node, and shows hidden nodes again", async () => {
    await clickNode(page, "state:IL");
    await page.getByTestId("pin-button").click();
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).__cy!.getElementById("state:IL").locked())).toBe(true);
    await page.getByTestId("hide-button").click();
    expect(await visibleNodeIds(page)).not.toContain("state:IL");
    await page.getByTestId("show-hidden").click();
    expect(await visibleNodeIds(page)).toContain("state:IL");
  });

  it("filters by entity type and by agreement domain", async () => {
    await page.getByTestId("overview-button").click();
    await page.waitForFunction(() => ((globalThis as unknown as PageGlobals).__cy?.nodes().length ?? 0) > 200);
    await waitForNetwork(page);
    await page.getByTestId("tool-filters").click();
    await page.getByTestId("filter-type-PERSON").uncheck();
    const visible = await visibleNodeIds(page);
    expect(visible.some((id) => id.startsWith("person:"))).toBe(false);
    expect(visible.some((id) => id.startsWith("state:"))).toBe(true);

    await page.getByTestId("filter-domain-security").check();
    const shownAgreements = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).__cy!.nodes(':visible[type = "AGREEMENT"]').map((node) => node.id()),
    );
    const securityAgreements = await fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: '{ agreements(filter: { domains: ["security"] }, first: 100) { nodes { id } } }' }),
    }).then(async (response) => ((await response.json()) as { data: { agreements: { nodes: { id: string }[] } } }).data.agreements.nodes.map((node) => node.id));
    expect(shownAgreements.length).toBeGreaterThan(0);
    expect(securityAgreements).toEqual(expect.arrayContaining(shownAgreements));
    await page.getByRole("button", { name: "Clear filters" }).click();
    expect((await visibleNodeIds(page)).some((id) => id.startsWith("person:"))).toBe(true);
    await page.getByTestId("tool-filters").click();
  });

  it("hides items dated after the time cursor, and plays forward through time", async () => {
    const allVisible = (await visibleNodeIds(page)).length;
    const until = page.getByTestId("time-until");
    await until.focus();
    await until.press("Home");
    const label = await page.getByTestId("time-label").textContent();
    const firstYear = /(\d{4})/.exec(label ?? "")?.[1];
    expect(firstYear).toBeDefined();
    const datedVisible = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).__cy!.nodes(":visible").filter((node) => String(node.data("date") ?? "") !== "").map((node) => String(node.data("date"))),
    );
    expect(datedVisible.every((date) => date.slice(0, 4) <= firstYear!)).toBe(true);
    const atStart = (await visibleNodeIds(page)).length;
    expect(atStart).toBeLessThan(allVisible);
    // Undated nodes stay: every state is still drawn.
    expect((await visibleNodeIds(page)).filter((id) => id.startsWith("state:")).length).toBeGreaterThan(10);

    await page.getByTestId("time-play").click();
    await page.waitForFunction((start) => ((globalThis as unknown as PageGlobals).__cy?.nodes(":visible").length ?? 0) > start, atStart, { timeout: 10_000 });
    await page.getByTestId("time-play").click(); // pause
    expect(await page.getByTestId("time-label").textContent()).not.toBe(label);
    await page.getByRole("button", { name: "All time" }).click();
    expect((await visibleNodeIds(page)).length).toBe(allVisible);
  });

  it("finds a path between two entities, draws it highlighted and shows each link's evidence", async () => {
    await page.getByTestId("tool-paths").click();
    await searchAndChoose(page, "path-from", "Morocco");
    await searchAndChoose(page, "path-to", "United Arab Emirates");
    await page.getByTestId("path-find").click();
    await page.getByTestId("path-result").first().waitFor({ timeout: 15_000 });
    await page.getByTestId("path-show").first().click();
    const edges = page.getByTestId("path-edges");
    await edges.waitFor();
    expect(await edges.getByTestId("evidence-sentence").count()).toBeGreaterThan(0);
    const highlighted = await page.evaluate(() => ({
      nodes: (globalThis as unknown as PageGlobals).__cy!.nodes(".highlighted").map((node) => node.id()),
      edges: (globalThis as unknown as PageGlobals).__cy!.edges(".highlighted").length,
    }));
    expect(highlighted.nodes).toEqual(expect.arrayContaining(["state:MA", "state:AE"]));
    expect(highlighted.edges).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
  });

  it("offers a longer search when no path is short enough, and lists each route once", async () => {
    if ((await page.getByTestId("path-finder").count()) === 0) await page.getByTestId("tool-paths").click();
    // Two officials of the first article with no entity in common: at least 3 steps apart.
    await searchAndChoose(page, "path-from", "Belkhir El Farouk");
    await searchAndChoose(page, "path-to", "Benny Gantz");
    await page.getByTestId("path-finder").locator("select").selectOption("2");
    await page.getByTestId("path-find").click();
    const longer = page.getByTestId("path-longer");
    await longer.waitFor({ timeout: 15_000 });
    expect(await longer.textContent()).toBe("Search up to 6 steps");
    await longer.click();
    await page.getByTestId("path-result").first().waitFor({ timeout: 15_000 });
    const routes = await page.getByTestId("path-result").locator(".path__nodes").allTextContents();
    expect(routes.length).toBeGreaterThan(0);
    expect(new Set(routes).size).toBe(routes.length);
    expect(routes.every((route) => route.startsWith("Belkhir El Farouk") && route.endsWith("Benny Gantz"))).toBe(true);
    expect(await page.getByTestId("path-finder").locator("select").inputValue()).toBe("6");
    expect(pageErrors).toEqual([]);
  });
});
