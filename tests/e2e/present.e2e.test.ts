import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { startTestApp } from "../support/startTestApp.ts";
import { clickNode, launchChromium, searchAndChoose, waitForNetwork, type PageGlobals } from "./browserSupport.ts";

const API_KEY = "e2e-secret";

type ViewProbe = { selected: string[]; zoom: number; position: { x: number; y: number } };
function probeView(page: Page): Promise<ViewProbe> {
  return page.evaluate(() => {
    const cy = (globalThis as unknown as PageGlobals).__cy!;
    const position = cy.getElementById("state:MA") as unknown as { position(): { x: number; y: number } };
    return { selected: cy.nodes(":selected").map((node) => node.id()), zoom: cy.zoom(), position: { ...position.position() } };
  });
}

// Present: saved views restored from their link, stories stepped through in presentation mode,
// image exports, ingest from the page, the article reader and the Arabic interface.
describe("presenting and sharing views", () => {
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  let savedViewUrl = "";

  beforeAll(async () => {
    app = await startTestApp({ apiKeys: [`e2e:${API_KEY}`] });
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    await context.addInitScript(() => (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem("entente.language", "en"));
    page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(app.url);
    await waitForNetwork(page);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("saves a view on the server and reopens it from its link", async () => {
    await page.getByTestId("layout-select").selectOption("concentric");
    await page.waitForSelector('[data-layout-name="concentric"][data-layout="done"]');
    await clickNode(page, "state:MA");
    await page.getByTestId("details-panel").getByRole("heading", { level: 2 }).waitFor();
    const until = page.getByTestId("time-until");
    await until.focus();
    await until.press("PageDown");
    await until.press("ArrowLeft");
    const timeLabel = await page.getByTestId("time-label").textContent();
    await page.waitForTimeout(800); // camera settles after framing the selection

    await page.getByTestId("tool-views").click();
    await page.getByTestId("view-title").fill("Morocco in rings");
    await page.getByTestId("view-caption").fill("Morocco and its partners");
    await page.getByTestId("api-key").first().fill(API_KEY);
    await page.getByTestId("view-save").click();
    await page.getByTestId("view-saved").waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => (globalThis as unknown as { location: { search: string } }).location.search.includes("view="));
    const before = await probeView(page);
    const viewId = new URL(page.url()).searchParams.get("view");
    expect(viewId).toMatch(/^view:/);
    savedViewUrl = `${app.url}/?view=${encodeURIComponent(viewId!)}`;

    const reopened = await page.context().newPage();
    reopened.on("pageerror", (error) => pageErrors.push(error.message));
    await reopened.goto(savedViewUrl);
    await waitForNetwork(reopened);
    await reopened.getByTestId("details-panel").getByRole("heading", { level: 2 }).waitFor();
    const after = await probeView(reopened);
    expect(after.selected).toEqual(["state:MA"]);
    expect(await reopened.getByTestId("layout-select").inputValue()).toBe("concentric");
    expect(await reopened.getByTestId("time-label").textContent()).toBe(timeLabel);
    expect(after.position.x).toBeCloseTo(before.position.x, 0);
    expect(after.position.y).toBeCloseTo(before.position.y, 0);
    expect(after.zoom).toBeCloseTo(before.zoom, 2);
    await reopened.close();
  });

  it("writes a story from saved views and steps through it in presentation mode", async () => {
    await clickNode(page, "state:IL");
    await page.getByTestId("view-title").fill("Israel");
    await page.getByTestId("view-caption").fill("Israel's agreements");
    await page.getByTestId("view-save").click();
    await page.getByTestId("views-list").getByText("Israel", { exact: true }).waitFor({ timeout: 15_000 });

    await page.getByTestId("tool-stories").click();
    await page.getByTestId("story-title").fill("Two neighbours");
    const addButtons = page.getByTestId("story-add-step");
    await addButtons.nth(1).click(); // views are listed newest first: Morocco is second
    await addButtons.nth(0).click();
    await page.getByTestId("story-save").click();
    await page.getByTestId("story-present").first().waitFor({ timeout: 15_000 });
    await page.getByTestId("story-present").first().click();

    const step = page.getByTestId("presentation-step");
    await step.waitFor();
    expect(await step.textContent()).toBe("1 / 2");
    expect(await page.getByTestId("presentation-title").textContent()).toBe("Morocco in rings");
    expect(await page.getByTestId("presentation-caption").textContent()).toBe("Morocco and its partners");
    // Chrome is gone: no header, no tool rail.
    expect(await page.locator(".app-header").count()).toBe(0);
    expect(await page.locator(".tool-rail").count()).toBe(0);

    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(() => (globalThis as unknown as { document: { querySelector(s: string): { textContent: string } | null } }).document.querySelector('[data-testid="presentation-step"]')?.textContent === "2 / 2");
    expect(await page.getByTestId("presentation-caption").textContent()).toBe("Israel's agreements");
    await waitForNetwork(page);
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).__cy?.getElementById("state:IL").selected() === true);

    await page.keyboard.press(" ");
    expect(await step.textContent()).toBe("2 / 2");
    await page.keyboard.press("ArrowLeft");
    await page.waitForFunction(() => (globalThis as unknown as { document: { querySelector(s: string): { textContent: string } | null } }).document.querySelector('[data-testid="presentation-step"]')?.textContent === "1 / 2");
    await page.keyboard.press("Escape");
    await page.getByTestId("presentation").waitFor({ state: "detached" });
    expect(await page.locator(".app-header").count()).toBe(1);
  });

  it("edits a saved story (rename, reorder with the keyboard) and reopens it as saved", async () => {
    await page.getByTestId("tool-stories").click();
    const list = page.getByTestId("stories-list");
    await list.getByText("Two neighbours", { exact: true }).waitFor({ timeout: 15_000 });
    await page.getByTestId("story-edit").first().click();
    const stepTitles = page.getByTestId("story-steps").getByTestId("story-step-title");
    expect(await stepTitles.allTextContents()).toEqual(["Morocco in rings", "Israel"]);

    await page.getByTestId("story-title").fill("Two neighbours, Israel first");
    await page.getByTestId("story-step").nth(1).getByTestId("story-step-up").press("Enter");
    expect(await stepTitles.allTextContents()).toEqual(["Israel", "Morocco in rings"]);
    await page.getByTestId("story-save").click();
    await page.getByTestId("story-saved").waitFor({ timeout: 15_000 });
    // Saving with the story's id replaces it: one story, renamed.
    await list.getByText("Two neighbours, Israel first", { exact: true }).waitFor({ timeout: 15_000 });
    expect(await list.locator("li").count()).toBe(1);

    await page.getByTestId("story-edit").first().click();
    expect(await page.getByTestId("story-title").inputValue()).toBe("Two neighbours, Israel first");
    expect(await stepTitles.allTextContents()).toEqual(["Israel", "Morocco in rings"]);
    await page.keyboard.press("Escape"); // leaves the editor, not the panel
    await page.getByTestId("story-cancel").waitFor({ state: "detached" });
    expect(await page.getByTestId("stories-panel").count()).toBe(1);

    await page.getByTestId("story-present").first().click();
    await page.getByTestId("presentation-step").waitFor();
    expect(await page.getByTestId("presentation-title").textContent()).toBe("Israel");
    await page.keyboard.press("Escape");
    await page.getByTestId("presentation").waitFor({ state: "detached" });
  });

  it("presents the current view framed on the selection and its neighbours, not the whole graph", async () => {
    await searchAndChoose(page, "search", "Belkhir El Farouk");
    await page.getByTestId("details-panel").getByRole("heading", { level: 2 }).waitFor();
    await page.getByTestId("present-button").click();
    await page.getByTestId("presentation").waitFor();
    // The view opened earlier ("Israel") no longer shows its selection: the presentation is titled by
    // the selected entity, without the saved view's caption.
    expect(await page.getByTestId("presentation-title").textContent()).toBe("Belkhir El Farouk");
    expect(await page.getByTestId("presentation-caption").count()).toBe(0);
    // The presented subject's rendered box on the canvas, once the framing animation has settled.
    type Box = { x1: number; y1: number; x2: number; y2: number; w: number; h: number };
    const framing = () =>
      page.evaluate(() => {
        type Eles = { length: number; id(): string; closedNeighborhood(): Eles; filter(s: string): Eles; renderedBoundingBox(o: object): Box };
        const cy = (globalThis as unknown as { __cy: { $(s: string): Eles; width(): number; height(): number; zoom(): number } }).__cy;
        const selected = cy.$("node:selected");
        const subject = selected.closedNeighborhood().filter(":visible");
        return { id: selected.id(), count: subject.length, box: subject.renderedBoundingBox({ includeLabels: false }), width: cy.width(), height: cy.height(), zoom: cy.zoom() };
      });
    let last = await framing();
    for (let i = 0; i < 40; i++) {
      await page.waitForTimeout(100);
      const next = await framing();
      if (i > 6 && next.zoom === last.zoom && next.box.x1 === last.box.x1) break;
      last = next;
    }
    expect(last.id).toMatch(/^person:/);
    expect(last.count).toBeGreaterThan(2);
    // All of it on screen, and large enough to read from the back of a room (the whole seed graph
    // fitted leaves this neighbourhood under a fifth of the screen).
    expect(last.box.x1).toBeGreaterThanOrEqual(0);
    expect(last.box.y1).toBeGreaterThanOrEqual(0);
    expect(last.box.x2).toBeLessThanOrEqual(last.width);
    expect(last.box.y2).toBeLessThanOrEqual(last.height);
    expect(Math.max(last.box.w / last.width, last.box.h / last.height)).toBeGreaterThan(0.4);
    await page.keyboard.press("Escape");
    await page.getByTestId("presentation").waitFor({ state: "detached" });
  });

  it("exports the network as a PNG image and as SVG", async () => {
    const [pngDownload] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-png").click()]);
    expect(pngDownload.suggestedFilename()).toMatch(/^entente-\d{8}-\d{4}\.png$/);
    const png = await readFile((await pngDownload.path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBeGreaterThan(400);
    expect(height).toBeGreaterThan(300);
    expect(png.length).toBeGreaterThan(20_000);

    const [svgDownload] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-svg").click()]);
    const svg = await readFile((await svgDownload.path())!, "utf8");
    expect(svg).toContain("<svg");
    expect(svg.length).toBeGreaterThan(5_000);
  });

  it("exports the nodes shown, and only the links among them, as data for other tools", async () => {
    // A smaller view than the whole graph: people switched off.
    await page.getByTestId("tool-filters").click();
    await page.getByTestId("filter-type-PERSON").click();
    const shown = await page.evaluate(() => (globalThis as unknown as PageGlobals).__cy!.nodes(":visible").map((node) => node.id()));
    const total = await page.evaluate(() => (globalThis as unknown as PageGlobals).__cy!.nodes().length);
    expect(shown.length).toBeLessThan(total);
    await page.locator('[data-testid="export-data"] > summary').click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-view-json").click()]);
    expect(download.suggestedFilename()).toMatch(/^entente-\d{8}-\d{4}\.json$/);
    const data = JSON.parse(await readFile((await download.path())!, "utf8")) as { nodes: { id: string; type: string }[]; edges: { source: string; target: string }[] };
    expect(data.nodes.map((node) => node.id).sort()).toEqual([...shown].sort());
    expect(data.nodes.some((node) => node.type === "PERSON")).toBe(false);
    expect(data.edges.length).toBeGreaterThan(0);
    for (const edge of data.edges) expect(shown.includes(edge.source) && shown.includes(edge.target)).toBe(true);
    // The menu closed on its own; the whole graph stays one click away.
    expect(await page.getByTestId("export-data").getAttribute("open")).toBeNull();
    await page.getByTestId("filter-type-PERSON").click();
    await page.getByTestId("tool-filters").click();
  });

  it("ingests a pasted article and highlights what it brought", async () => {
    await page.getByTestId("tool-ingest").click();
    await page
      .getByTestId("ingest-text")
      .fill(
        "ATHENS — Egypt and Greece signed a memorandum of understanding on energy cooperation on 4 March 2024, " +
          "during a visit by Egyptian Foreign Minister Sameh Shoukry to Athens. Greek Foreign Minister Giorgos Gerapetritis hosted the talks.",
      );
    await page.getByTestId("ingest-title").fill("Egypt and Greece sign energy memorandum");
    await page.getByTestId("ingest-published").fill("2024-03-05");
    await page.getByTestId("ingest-submit").click();
    const result = page.getByTestId("ingest-result");
    await result.waitFor({ timeout: 30_000 });
    expect(await result.textContent()).toMatch(/EG/);
    await page.getByTestId("ingest-merged").waitFor({ timeout: 15_000 });
    const fresh = await page.evaluate(() => (globalThis as unknown as PageGlobals).__cy!.nodes(".fresh").map((node) => node.id()));
    expect(fresh).toEqual(expect.arrayContaining(["state:EG"]));
  });

  it("opens the source article with its entities marked, right to left for Arabic", async () => {
    await page.getByTestId("tool-ingest").click();
    await clickNode(page, "state:MA");
    const link = page.getByTestId("details-panel").getByTestId("source-article-link").first();
    await link.waitFor({ timeout: 15_000 });
    await link.click();
    const text = page.getByTestId("article-text");
    await text.waitFor({ timeout: 15_000 });
    expect(await text.getAttribute("dir")).toBe("rtl");
    const marks = text.locator("[data-entity-id]");
    expect(await marks.count()).toBeGreaterThan(3);
    await page.keyboard.press("Escape");
    await page.getByTestId("article-reader").waitFor({ state: "detached" });
  });

  it("switches to Arabic: right-to-left layout with the details panel on the left", async () => {
    await page.getByTestId("language-toggle").click();
    await page.waitForFunction(() => (globalThis as unknown as { document: { documentElement: { dir: string } } }).document.documentElement.dir === "rtl");
    const details = await page.getByTestId("details-panel").boundingBox();
    const network = await page.getByTestId("network").boundingBox();
    expect(details!.x).toBeLessThan(network!.x);
    expect(await page.getByTestId("tool-views").textContent()).toContain("العروض");
    await page.getByTestId("language-toggle").click();
    expect(pageErrors).toEqual([]);
  });
});
