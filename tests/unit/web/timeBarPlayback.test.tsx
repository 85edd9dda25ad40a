// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { act, useState } from "react";
import { loadedGraphOf, type ExplorerNode } from "../../../web/src/explorer/LoadedGraph.ts";
import { ALL_TIME, type TimeRange } from "../../../web/src/explorer/TimeRange.ts";
import { TimeBar } from "../../../web/src/features/time/TimeBar.tsx";
import { PLAY_STEP_MS } from "../../../web/src/features/time/useTimePlayback.ts";
import type { Language } from "../../../web/src/i18n/Language.ts";
import { LanguageProvider } from "../../../web/src/i18n/LanguageProvider.tsx";
import { changeValue, click, renderInDom, type Rendered } from "./renderInDom.tsx";

const node = (id: string, date: string): ExplorerNode => ({
  id, type: "MEETING", label: id, labelEn: null, labelAr: null, kind: "visit", date, domains: null, degree: 1,
});
// Years with something in them: 2021, 2022, 2023 and 2025 (none in 2024).
const graph = loadedGraphOf([node("meeting:a", "2021-11"), node("meeting:b", "2022-03-29"), node("meeting:c", "2023"), node("meeting:d", "2025-02")], []);

function TimeBarHarness({ initial, onTime }: { initial: TimeRange; onTime: (time: TimeRange) => void }) {
  const [time, setTime] = useState<TimeRange>(initial);
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

let rendered: Rendered | null = null;
afterEach(() => {
  rendered?.unmount();
  rendered = null;
  vi.useRealTimers();
});

function renderTimeBar(initial: TimeRange = ALL_TIME, language: Language = "en") {
  const seen: TimeRange[] = [];
  rendered = renderInDom(
    <LanguageProvider language={language}>
      <TimeBarHarness initial={initial} onTime={(time) => seen.push(time)} />
    </LanguageProvider>,
  );
  const get = (testId: string) => rendered!.container.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`)!;
  const tick = () => act(() => vi.advanceTimersByTime(PLAY_STEP_MS));
  return { seen, get, tick, label: () => get("time-label").textContent };
}

describe("TimeBar playback modes", () => {
  it("offers cumulative and sliding-window playback as a labelled radio group, cumulative first", () => {
    const { get } = renderTimeBar();
    const group = get("time-playback");
    expect(group.tagName).toBe("FIELDSET");
    expect(group.querySelector("legend")!.textContent).toBe("Playback");
    const radios = [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((radio) => radio.value)).toEqual(["cumulative", "window"]);
    expect(new Set(radios.map((radio) => radio.name)).size).toBe(1);
    expect(radios.map((radio) => radio.checked)).toEqual([true, false]);
    expect(radios.map((radio) => radio.closest("label")!.textContent)).toEqual(["Cumulative", "Window"]);
  });

  it("plays all time year by year in window mode, skipping empty years", () => {
    vi.useFakeTimers();
    const { seen, get, tick, label } = renderTimeBar();
    click(get("time-playback-window"));
    expect(seen.at(-1)).toEqual({ ...ALL_TIME, playback: "window" });
    expect(get("time-playback-window").checked).toBe(true);

    click(get("time-play"));
    expect(label()).toBe("2021 – 2021");
    tick();
    expect(label()).toBe("2022 – 2022");
    tick();
    expect(label()).toBe("2023 – 2023");
    tick();
    expect(label()).toBe("2025 – 2025");
    expect(get("time-from").value).toBe("3");
    expect(get("time-until").value).toBe("3");
    tick();
    expect(get("time-play").getAttribute("aria-pressed")).toBe("false");
    expect(seen.at(-1)).toEqual({ from: "2025", to: "2025", granularity: "year", playback: "window" });
  });

  it("keeps the width chosen with the sliders while both handles move", () => {
    vi.useFakeTimers();
    const { seen, get, tick, label } = renderTimeBar({ ...ALL_TIME, playback: "window" });
    changeValue(get("time-until"), "1");
    expect(label()).toBe("2021 – 2022");

    click(get("time-play"));
    tick();
    expect(label()).toBe("2022 – 2023");
    expect([get("time-from").value, get("time-until").value]).toEqual(["1", "2"]);
    tick();
    // Two years wide ending where the next item is: 2024 has nothing, so the start slider shows 2025.
    expect(label()).toBe("2024 – 2025");
    expect(seen.at(-1)).toMatchObject({ from: "2024", to: "2025" });
    expect([get("time-from").value, get("time-until").value]).toEqual(["3", "3"]);
    tick();
    expect(get("time-play").getAttribute("aria-pressed")).toBe("false");
  });

  it("still plays cumulatively by default, moving only 'until'", () => {
    vi.useFakeTimers();
    const { get, tick, label } = renderTimeBar({ ...ALL_TIME, from: "2022" });
    click(get("time-play"));
    expect(label()).toBe("2022 – 2022");
    tick();
    tick();
    expect(label()).toBe("2022 – 2025");
    expect(get("time-from").value).toBe("1");
  });

  it("keeps the mode when the range is reset or the steps change", () => {
    const { seen, get } = renderTimeBar({ from: "2022", to: "2023", granularity: "year", playback: "window" });
    click(rendered!.container.querySelector(".time-bar > button:last-child"));
    expect(seen.at(-1)).toEqual({ ...ALL_TIME, playback: "window" });
    changeValue(rendered!.container.querySelector(".time-bar__granularity select"), "month");
    expect(seen.at(-1)).toEqual({ ...ALL_TIME, granularity: "month", playback: "window" });
    expect(get("time-playback-window").checked).toBe(true);
  });

  it("labels the modes in Arabic", () => {
    const { get } = renderTimeBar(ALL_TIME, "ar");
    expect(get("time-playback").querySelector("legend")!.textContent).toBe("طريقة التشغيل");
    expect(get("time-playback-cumulative").closest("label")!.textContent).toBe("تراكمي");
    expect(get("time-playback-window").closest("label")!.textContent).toBe("نافذة منزلقة");
  });
});
