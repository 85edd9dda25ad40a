// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { act } from "react";
import type { SavedViewFields } from "../../../web/src/api/savedViewFields.ts";
import type { SaveStoryVariables } from "../../../web/src/api/saveStoryMutation.ts";
import type { StoryFields } from "../../../web/src/api/storyFields.ts";
import { INITIAL_EXPLORER_STATE } from "../../../web/src/explorer/ExplorerState.ts";
import { toSavedViewState, type SavedViewState } from "../../../web/src/explorer/SavedViewState.ts";
import { StoriesPanel } from "../../../web/src/features/stories/StoriesPanel.tsx";
import type { Stories } from "../../../web/src/features/stories/useStories.ts";
import type { SavedViews } from "../../../web/src/features/views/useSavedViews.ts";
import { LanguageProvider } from "../../../web/src/i18n/LanguageProvider.tsx";
import type { Language } from "../../../web/src/i18n/Language.ts";
import { changeValue, click, keyDown, renderInDom, type Rendered } from "./renderInDom.tsx";

const view = (id: string, title: string, caption: string | null = null): SavedViewFields => ({ id, title, caption, state: "{}", updatedAt: "2024-01-01T00:00:00Z" });
const morocco = view("view:ma", "Morocco", "Morocco's partners");
const israel = view("view:il", "Israel");
const egypt = view("view:eg", "Egypt");
const story: StoryFields = {
  id: "story:1",
  title: "Two neighbours",
  updatedAt: "2024-01-01T00:00:00Z",
  steps: [
    { caption: "First Morocco", view: morocco },
    { caption: null, view: israel },
  ],
};
const current: SavedViewState = toSavedViewState({ ...INITIAL_EXPLORER_STATE, selectedId: "state:EG" }, { zoom: 2, pan: { x: 1, y: 2 } });

let rendered: Rendered | null = null;
let viewsSaved: { title: string; caption: string; state: string }[] = [];
let storiesSaved: SaveStoryVariables["input"][] = [];
let failStorySave = false;

function fakeStories(list: StoryFields[]): Stories {
  return {
    list: { status: "success", data: { stories: { totalCount: list.length, nodes: list } }, error: undefined },
    save: async (input) => {
      storiesSaved.push(input);
      if (failStorySave) throw new Error("the server is away");
      return { id: input.id ?? "story:new", title: input.title, updatedAt: "", steps: [] };
    },
    remove: vi.fn(async () => {}),
  };
}

function fakeViews(list: SavedViewFields[]): SavedViews {
  return {
    list: { status: "success", data: { views: { totalCount: list.length, nodes: list } }, error: undefined },
    save: async (input) => {
      viewsSaved.push(input);
      return view(`view:new${viewsSaved.length}`, input.title, input.caption || null);
    },
    remove: vi.fn(async () => {}),
    refresh: () => {},
  };
}

function renderPanel({ stories = [story], views = [egypt, morocco, israel], language = "en" as Language } = {}) {
  const onOpenView = vi.fn();
  const onPresent = vi.fn();
  rendered = renderInDom(
    <LanguageProvider language={language}>
      <StoriesPanel stories={fakeStories(stories)} views={fakeViews(views)} onPresent={onPresent} currentState={() => current} onOpenView={onOpenView} />
    </LanguageProvider>,
  );
  const root = rendered.container;
  const one = <T extends Element = HTMLElement>(testId: string, within: ParentNode = root) => within.querySelector<T & Element>(`[data-testid="${testId}"]`)!;
  const all = (testId: string, within: ParentNode = root) => [...within.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];
  const steps = () => all("story-step");
  const stepTitles = () => steps().map((step) => (one<HTMLInputElement>("story-step-title", step).value ?? one("story-step-title", step).textContent));
  const captions = () => steps().map((step) => one<HTMLInputElement>("story-step-caption", step).value);
  const submit = async () => {
    await act(async () => {
      one("story-editor").dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
    });
  };
  return { root, one, all, steps, stepTitles, captions, submit, onOpenView, onPresent };
}

beforeEach(() => {
  window.localStorage.setItem("entente.apiKey", "secret");
  viewsSaved = [];
  storiesSaved = [];
  failStorySave = false;
});

afterEach(() => {
  rendered?.unmount();
  rendered = null;
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  window.localStorage.clear();
});

describe("StoriesPanel editing a saved story", () => {
  it("opens a saved story into the editor, focused on its title", () => {
    const { one, root, stepTitles, captions } = renderPanel();
    expect(one("story-editor").querySelector("h2")!.textContent).toBe("New story");
    click(one("story-edit"));
    expect(one("story-editor").querySelector("h2")!.textContent).toBe("Edit “Two neighbours”");
    expect(one<HTMLInputElement>("story-title").value).toBe("Two neighbours");
    expect(document.activeElement).toBe(one("story-title"));
    expect(stepTitles()).toEqual(["Morocco", "Israel"]);
    // A step's own caption, or empty with the view's caption as the hint.
    expect(captions()).toEqual(["First Morocco", ""]);
    expect(root.querySelector('[data-story-id="story:1"]')!.getAttribute("aria-current")).toBe("true");
    expect(one("story-edit").getAttribute("aria-pressed")).toBe("true");
  });

  it("renames, recaptions, reorders, removes and adds steps, then replaces the story", async () => {
    const { one, all, steps, stepTitles, submit } = renderPanel();
    click(one("story-edit"));
    changeValue(one("story-title"), "Neighbours, reordered");
    changeValue(one("story-step-caption", steps()[1]!), "Then Israel");

    click(one("story-step-up", steps()[1]!));
    expect(stepTitles()).toEqual(["Israel", "Morocco"]);
    // Focus stays on the moved step; its "up" is now disabled, so its "down" takes it.
    expect(document.activeElement).toBe(one("story-step-down", steps()[0]!));

    click(all("story-add-step")[0]!); // Egypt
    expect(stepTitles()).toEqual(["Israel", "Morocco", "Egypt"]);
    click(one("story-step-remove", steps()[1]!));
    expect(stepTitles()).toEqual(["Israel", "Egypt"]);
    expect(document.activeElement).toBe(one("story-step-remove", steps()[1]!));

    await submit();
    expect(viewsSaved).toEqual([]);
    expect(storiesSaved).toEqual([
      { id: "story:1", title: "Neighbours, reordered", steps: [{ viewId: "view:il", caption: "Then Israel" }, { viewId: "view:eg", caption: null }] },
    ]);
    expect(one("story-saved").textContent).toBe("Saved “Neighbours, reordered”.");
    expect(one("story-editor").querySelector("h2")!.textContent).toBe("New story");
    expect(steps()).toEqual([]);
  });

  it("adds the current view as a step and replaces a step's view with it, saving new views with the story", async () => {
    const { one, steps, stepTitles, submit } = renderPanel();
    click(one("story-edit"));
    click(one("story-add-current"));
    expect(stepTitles()).toEqual(["Morocco", "Israel", "Step 3"]);
    changeValue(one("story-step-title", steps()[2]!), "Egypt now");
    click(one("story-step-use-current", steps()[0]!));
    expect(steps()[0]!.textContent).toContain("new view");
    expect(one("story-step-show", steps()[0]!)).toBeNull();

    await submit();
    // The replaced view is left alone (other stories may show it): a new one takes its place.
    expect(viewsSaved).toEqual([
      { title: "Morocco", caption: "First Morocco", state: JSON.stringify(current) },
      { title: "Egypt now", caption: "", state: JSON.stringify(current) },
    ]);
    expect(storiesSaved.at(-1)).toEqual({
      id: "story:1",
      title: "Two neighbours",
      steps: [{ viewId: "view:new1", caption: "First Morocco" }, { viewId: "view:il", caption: null }, { viewId: "view:new2", caption: null }],
    });
  });

  it("does not save a view twice when the story fails to save and is saved again", async () => {
    const { one, submit } = renderPanel();
    click(one("story-edit"));
    click(one("story-add-current"));
    failStorySave = true;
    await submit();
    expect(one("story-editor").querySelector('[role="alert"]')!.textContent).toContain("the server is away");
    failStorySave = false;
    await submit();
    expect(viewsSaved).toHaveLength(1);
    expect(storiesSaved.map((input) => input.steps.at(-1)!.viewId)).toEqual(["view:new1", "view:new1"]);
  });

  it("refuses to save steps whose view was deleted until they get one", async () => {
    const { one, steps, stepTitles, submit } = renderPanel({ stories: [{ ...story, steps: [{ caption: "gone", view: null }, story.steps[1]!] }] });
    click(one("story-edit"));
    expect(stepTitles()).toEqual(["view deleted", "Israel"]);
    await submit();
    expect(storiesSaved).toEqual([]);
    expect(one("story-editor").querySelector('[role="alert"]')!.textContent).toMatch(/lost their view/);
    click(one("story-step-use-current", steps()[0]!));
    await submit();
    expect(storiesSaved.at(-1)!.steps.map((step) => step.viewId)).toEqual(["view:new1", "view:il"]);
  });

  it("opens a step's view in the explorer", () => {
    const { one, steps, onOpenView } = renderPanel();
    click(one("story-edit"));
    click(one("story-step-show", steps()[1]!));
    expect(onOpenView).toHaveBeenCalledWith(israel);
  });

  it("leaves the editor with Escape or Cancel, asking first when there are changes", () => {
    // happy-dom has no window.confirm.
    const confirm = vi.fn(() => false);
    vi.stubGlobal("confirm", confirm);
    Object.assign(window, { confirm });
    const { one, steps } = renderPanel();
    click(one("story-edit"));
    keyDown(one("story-title"), "Escape");
    expect(confirm).not.toHaveBeenCalled();
    expect(one("story-editor").querySelector("h2")!.textContent).toBe("New story");
    expect(document.activeElement).toBe(one("story-edit"));

    click(one("story-edit"));
    click(one("story-step-remove", steps()[0]!));
    click(one("story-cancel"));
    expect(confirm).toHaveBeenCalledOnce();
    expect(steps()).toHaveLength(1);
    confirm.mockReturnValue(true);
    keyDown(one("story-step-caption", steps()[0]!), "Escape");
    expect(steps()).toHaveLength(0);
    expect(one("story-cancel")).toBeNull();
  });

  it("still writes new stories, from saved views or the current view", async () => {
    const { one, all, submit } = renderPanel({ stories: [] });
    changeValue(one("story-title"), "Fresh");
    click(all("story-add-step")[1]!);
    click(one("story-add-current"));
    await submit();
    expect(storiesSaved).toEqual([{ title: "Fresh", steps: [{ viewId: "view:ma", caption: "Morocco's partners" }, { viewId: "view:new1", caption: null }] }]);
  });

  it("speaks Arabic", () => {
    const { one } = renderPanel({ language: "ar" });
    click(one("story-edit"));
    expect(one("story-editor").querySelector("h2")!.textContent).toBe("تعديل «Two neighbours»");
    expect(one("story-add-current").textContent).toBe("+ العرض الحالي");
    expect(one("story-step-use-current").textContent).toBe("استخدم العرض الحالي");
  });
});
