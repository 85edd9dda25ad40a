import { useId, useMemo } from "react";
import type { LoadedGraph } from "../../explorer/LoadedGraph.ts";
import { ALL_TIME, type TimeGranularity, type TimePlayback, type TimeRange } from "../../explorer/TimeRange.ts";
import { timeSteps } from "../../explorer/timeSteps.ts";
import { useLanguage } from "../../i18n/useLanguage.ts";
import { formatTimeStep } from "./formatTimeStep.ts";
import { useTimePlayback } from "./useTimePlayback.ts";

export interface TimeBarProps {
  graph: LoadedGraph;
  time: TimeRange;
  onChange: (time: TimeRange) => void;
}

/**
 * The time range over the loaded dated items, as two sliders (from, until) with a play button.
 * Playing moves "until" forward step by step (the graph as it stood at each moment) or, in window
 * mode, both ends at the width chosen (what happened in each period).
 */
export function TimeBar({ graph, time, onChange }: TimeBarProps) {
  const { language, messages } = useLanguage();
  const steps = useMemo(
    () => timeSteps([...graph.nodes.values()].map((node) => node.date), time.granularity),
    [graph, time.granularity],
  );
  const last = steps.length - 1;
  // A window's start need not be a step: its slider shows the first step inside the window.
  const fromIndex = time.from === null ? 0 : firstIndexFrom(steps, time.from);
  const toIndex = time.to === null ? last : Math.max(fromIndex, nearestIndex(steps, time.to));
  const playback = useTimePlayback(time, steps, onChange);
  const playbackName = useId();

  if (steps.length === 0) {
    return (
      <div className="time-bar time-bar--empty" data-testid="time-bar">
        <span className="muted">{messages.time.noDates}</span>
      </div>
    );
  }
  const setFrom = (index: number) =>
    onChange({ ...time, from: index <= 0 ? null : (steps[index] ?? null), to: index > toIndex ? (steps[index] ?? null) : time.to });
  const setTo = (index: number) =>
    onChange({ ...time, to: index >= last ? null : (steps[index] ?? null), from: index < fromIndex ? (steps[index] ?? null) : time.from });
  const setGranularity = (granularity: TimeGranularity) => {
    playback.pause();
    onChange({ ...ALL_TIME, granularity, playback: time.playback });
  };
  const setPlayback = (mode: TimePlayback) => onChange({ ...time, playback: mode });
  const isAllTime = time.from === null && time.to === null;
  const rangeLabel = `${formatTimeStep(time.from ?? steps[0] ?? "", language)} – ${formatTimeStep(time.to ?? steps[last] ?? "", language)}`;
  const modes: [TimePlayback, string, string][] = [
    ["cumulative", messages.time.cumulative, messages.time.cumulativeTitle],
    ["window", messages.time.window, messages.time.windowTitle],
  ];

  return (
    <div className="time-bar" data-testid="time-bar" role="group" aria-label={messages.time.label}>
      <button
        type="button"
        className="button button--primary time-bar__play"
        onClick={playback.playing ? playback.pause : playback.play}
        title={time.playback === "window" ? messages.time.playWindowTitle : messages.time.playTitle}
        aria-pressed={playback.playing}
        data-testid="time-play"
      >
        {playback.playing ? `❚❚ ${messages.time.pause}` : `▶ ${messages.time.play}`}
      </button>
      <fieldset className="segmented time-bar__playback" data-testid="time-playback">
        <legend className="visually-hidden">{messages.time.playback}</legend>
        {modes.map(([mode, label, title]) => (
          <label key={mode} className="segmented__option" title={title}>
            <input
              type="radio"
              className="visually-hidden"
              name={playbackName}
              value={mode}
              checked={time.playback === mode}
              onChange={() => setPlayback(mode)}
              data-testid={`time-playback-${mode}`}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <label className="time-bar__slider">
        <span>{messages.time.from}</span>
        <input
          type="range"
          min={0}
          max={last}
          step={1}
          value={fromIndex}
          onChange={(event) => setFrom(Number(event.target.value))}
          aria-valuetext={formatTimeStep(steps[fromIndex] ?? "", language)}
          data-testid="time-from"
        />
      </label>
      <label className="time-bar__slider">
        <span>{messages.time.until}</span>
        <input
          type="range"
          min={0}
          max={last}
          step={1}
          value={toIndex}
          onChange={(event) => setTo(Number(event.target.value))}
          aria-valuetext={formatTimeStep(steps[toIndex] ?? "", language)}
          data-testid="time-until"
        />
      </label>
      <output className="time-bar__range" data-testid="time-label" title={messages.time.undatedStay}>
        <bdi>{isAllTime ? `${messages.time.allTime} (${rangeLabel})` : rangeLabel}</bdi>
      </output>
      <label className="time-bar__granularity">
        <span className="visually-hidden">{messages.time.granularity}</span>
        <select value={time.granularity} onChange={(event) => setGranularity(event.target.value === "month" ? "month" : "year")}>
          <option value="year">{messages.time.years}</option>
          <option value="month">{messages.time.months}</option>
        </select>
      </label>
      <button type="button" className="button" disabled={isAllTime} onClick={() => onChange({ ...time, from: null, to: null })}>
        {messages.time.reset}
      </button>
    </div>
  );
}

/** Index of the first step at or after `key` (the last step when none is). */
function firstIndexFrom(steps: readonly string[], key: string): number {
  const index = steps.findIndex((step) => step >= key);
  return index >= 0 ? index : Math.max(0, steps.length - 1);
}

/** Index of `key` among the steps, or of the last step before it (a saved key may be absent now). */
function nearestIndex(steps: readonly string[], key: string): number {
  const exact = steps.indexOf(key);
  if (exact >= 0) return exact;
  let index = -1;
  for (const [i, step] of steps.entries()) if (step <= key) index = i;
  return Math.max(0, index);
}
