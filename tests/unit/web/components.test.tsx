// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { act, useState } from "react";
import { AppHeader } from "../../../web/src/AppHeader.tsx";
import { loadedGraphOf, type ExplorerNode } from "../../../web/src/explorer/LoadedGraph.ts";
import { NO_FILTERS, type NetworkFilters } from "../../../web/src/explorer/NetworkFilters.ts";
import { ALL_TIME, type TimeRange } from "../../../web/src/explorer/TimeRange.ts";
import { ExploreActions } from "../../../web/src/features/explore/ExploreActions.tsx";
import { FilterPanel } from "../../../web/src/features/filters/FilterPanel.tsx";
import type { Presentation } from "../../../web/src/features/presentation/Presentation.ts";
import { PresentationOverlay } from "../../../web/src/features/presentation/PresentationOverlay.tsx";
import { usePresentationKeys } from "../../../web/src/features/presentation/usePresentationKeys.ts";
import { TimeBar } from "../../../web/src/features/time/TimeBar.tsx";
import { PLAY_STEP_MS } from "../../../web/src/features/time/useTimePlayback.ts";
import { LanguageProvider } from "../../../web/src/i18n/LanguageProvider.tsx";
import type { RelationshipDetails } from "../../../web/src/api/nodeDetailsQuery.ts";
import { RelationshipGroups } from "../../../web/src/features/details/RelationshipGroups.tsx";
import { changeValue, click, keyDown, renderInDom, type Rendered } from "./renderInDom.tsx";

const node = (id: string, type: ExplorerNode["type"], date: string | null = null, extra: Partial<ExplorerNode> = {}): ExplorerNode => ({
  id, type, label: id, labelEn: null, labelAr: null, kind: null, date, domains: null, degree: 1, ...extra,
});
const graph = loadedGraphOf(
  [
    node("state:MA", "STATE"),
    node("person:x", "PERSON"),
    node("agreement:a", "AGREEMENT", "2021-11", { kind: "mou", domains: ["defense"] }),
    node("meeting:b", "MEETING", "2022-03-29", { kind: "summit" }),
    node("meeting:c", "MEETING", "2023", { kind: "visit" }),
  ],
  [],
);

let rendered: Rendered | null = null;
afterEach(() => {
  rendered?.unmount();
  rendered = null;
  vi.useRealTimers();
});

describe("TimeBar", () => {
  function TimeBarHarness({ onTime }: { onTime: (time: TimeRange) => void }) {
    const [time, setTime] = useState<TimeRange>(ALL_TIME);
    return (
      <TimeBar
        graph={graph}
        time={time}
        onChange={(next) => {
          setTime(next);
          onTime(next);
        }}
      />
    );
  }

  it("moves the cursor with the slider and plays forward one step at a time", () => {
    vi.useFakeTimers();
    const seen: TimeRange[] = [];
    rendered = renderInDom(<TimeBarHarness onTime={(time) => seen.push(time)} />);
    const label = () => rendered!.container.querySelector('[data-testid="time-label"]')!.textContent;
    expect(label()).toBe("all time (2021 – 2023)");

    changeValue(rendered.container.querySelector('[data-testid="time-until"]'), "0");
    expect(seen.at(-1)).toEqual({ from: null, to: "2021", granularity: "year", playback: "cumulative" });
    expect(label()).toBe("2021 – 2021");

    click(rendered.container.querySelector('[data-testid="time-play"]'));
    act(() => vi.advanceTimersByTime(PLAY_STEP_MS));
    expect(label()).toBe("2021 – 2022");
    for (let tick = 0; tick < 3; tick += 1) act(() => vi.advanceTimersByTime(PLAY_STEP_MS));
    expect(label()).toBe("2021 – 2023");
    expect(rendered.container.querySelector('[data-testid="time-play"]')!.getAttribute("aria-pressed")).toBe("false");
  });
});

describe("FilterPanel", () => {
  it("switches entity types off and chooses domains", () => {
    const changes: NetworkFilters[] = [];
    rendered = renderInDom(<FilterPanel graph={graph} filters={NO_FILTERS} onChange={(filters) => changes.push(filters)} />);
    click(rendered.container.querySelector('[data-testid="filter-type-PERSON"]'));
    expect(changes.at(-1)?.hiddenTypes).toEqual(["PERSON"]);
    click(rendered.container.querySelector('[data-testid="filter-domain-defense"]'));
    expect(changes.at(-1)?.domains).toEqual(["defense"]);
    expect(rendered.container.textContent).toContain("Summit");
    expect(rendered.container.textContent).toContain("Memorandum of understanding");
    expect(rendered.container.textContent).not.toContain("mou");
  });
});

describe("ExploreActions", () => {
  it("expands with the chosen depth and offers collapse only after an expansion", () => {
    const onExpand = vi.fn();
    const props = {
      inNetwork: true, pinned: false, expanding: false, lastAdded: null,
      onExpand, onCollapse: vi.fn(), onHide: vi.fn(), onPinToggle: vi.fn(), onFocus: vi.fn(), onPathFrom: vi.fn(), onPathTo: vi.fn(),
    };
    rendered = renderInDom(<ExploreActions {...props} expansion={undefined} />);
    expect(rendered.container.querySelector('[data-testid="collapse-button"]')).toBeNull();
    changeValue(rendered.container.querySelector('[data-testid="expand-depth"]'), "3");
    click(rendered.container.querySelector('[data-testid="expand-button"]'));
    expect(onExpand).toHaveBeenCalledWith(3);
    rendered.rerender(<ExploreActions {...props} expansion={{ id: "a", depth: 3, addedNodeIds: [], truncated: true }} lastAdded={0} />);
    expect(rendered.container.querySelector('[data-testid="collapse-button"]')).not.toBeNull();
    expect(rendered.container.querySelector('[data-testid="expand-truncated"]')).not.toBeNull();
    expect(rendered.container.querySelector('[data-testid="expand-result"]')!.textContent).toBe("Expanded: nothing new around it.");
  });
});

describe("presentation", () => {
  const presentation: Presentation = {
    title: "Story",
    index: 0,
    steps: [
      { title: "One", caption: "First caption", state: null },
      { title: "Two", caption: null, state: null },
    ],
  };
  function PresentationHarness({ onExit }: { onExit: () => void }) {
    const [index, setIndex] = useState(0);
    const current = { ...presentation, index };
    const next = () => setIndex((i) => Math.min(i + 1, 1));
    const previous = () => setIndex((i) => Math.max(i - 1, 0));
    usePresentationKeys(true, { next, previous, exit: onExit });
    return <PresentationOverlay presentation={current} onNext={next} onPrevious={previous} onExit={onExit} />;
  }

  it("steps with the arrow keys and Space, and leaves with Escape", () => {
    const onExit = vi.fn();
    rendered = renderInDom(<PresentationHarness onExit={onExit} />);
    const step = () => rendered!.container.querySelector('[data-testid="presentation-step"]')!.textContent;
    expect(step()).toBe("1 / 2");
    expect(rendered.container.querySelector('[data-testid="presentation-caption"]')!.textContent).toBe("First caption");
    keyDown(document, "ArrowRight");
    expect(step()).toBe("2 / 2");
    expect(rendered.container.querySelector('[data-testid="presentation-title"]')!.textContent).toBe("Two");
    keyDown(document, "ArrowLeft");
    keyDown(document, " ");
    expect(step()).toBe("2 / 2");
    keyDown(document, "Escape");
    expect(onExit).toHaveBeenCalledOnce();
  });
});

describe("language", () => {
  it("switches the interface to Arabic, right to left", () => {
    rendered = renderInDom(
      <LanguageProvider language="en">
        <AppHeader>{null}</AppHeader>
      </LanguageProvider>,
    );
    expect(document.documentElement.dir).toBe("ltr");
    const toggle = rendered.container.querySelector('[data-testid="language-toggle"]');
    expect(toggle!.textContent).toBe("العربية");
    click(toggle);
    expect(document.documentElement.dir).toBe("rtl");
    expect(document.documentElement.lang).toBe("ar");
    expect(rendered.container.querySelector(".app-header__tagline")!.textContent).toMatch(/[\u0600-\u06FF]/);
    expect(window.localStorage.getItem("entente.language")).toBe("ar");
  });
});

describe("FilterPanel in Arabic", () => {
  it("labels kinds and domains in Arabic, keeping the raw values as filter keys", () => {
    const changes: NetworkFilters[] = [];
    rendered = renderInDom(
      <LanguageProvider language="ar">
        <FilterPanel graph={graph} filters={NO_FILTERS} onChange={(filters) => changes.push(filters)} />
      </LanguageProvider>,
    );
    const chipText = (testId: string) => rendered!.container.querySelector(`[data-testid="${testId}"]`)!.closest("label")!.textContent;
    expect(chipText("filter-kind-mou")).toContain("مذكرة تفاهم");
    expect(chipText("filter-kind-summit")).toContain("قمة");
    expect(chipText("filter-domain-defense")).toContain("الدفاع");
    expect(rendered.container.textContent).not.toMatch(/\b(mou|summit|visit|defense)\b/);
    click(rendered.container.querySelector('[data-testid="filter-kind-visit"]'));
    expect(changes.at(-1)?.hiddenKinds).toEqual(["visit"]);
  });
});

describe("RelationshipGroups", () => {
  it("names the other end in the interface's language", () => {
    const farouk: RelationshipDetails = {
      type: "HOLDS_OFFICE",
      direction: "IN",
      other: { id: "person:belkhir-el-farouk", type: "PERSON", label: "بلخير الفاروق", labelEn: "Belkhir El Farouk", labelAr: "بلخير الفاروق", kind: null, date: null },
      role: null,
      title: "Inspector General of the Army",
      confidence: null,
      sourceCount: 1,
      evidence: [],
      evidenceCount: 0,
    };
    for (const [language, name] of [["en", "Belkhir El Farouk"], ["ar", "بلخير الفاروق"]] as const) {
      rendered = renderInDom(
        <LanguageProvider language={language}>
          <RelationshipGroups relationships={[farouk]} onSelect={() => {}} />
        </LanguageProvider>,
      );
      expect(rendered.container.querySelector(".relationship__summary")!.textContent).toContain(name);
      rendered.unmount();
      rendered = null;
    }
  });
});
