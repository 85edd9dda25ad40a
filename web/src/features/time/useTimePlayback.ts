import { useEffect, useRef, useState } from "react";
import type { TimeRange } from "../../explorer/TimeRange.ts";
import { nextPlaybackRange, startPlaybackRange } from "./nextPlaybackRange.ts";

/** Time between two steps while playing: long enough to see what appeared. */
export const PLAY_STEP_MS = 900;

/**
 * Plays through `steps`: calls `onChange` with the next range (see nextPlaybackRange, which
 * follows the range's playback mode) every PLAY_STEP_MS until the last step, then stops.
 * Starting at the last step starts over from the beginning.
 */
export function useTimePlayback(time: TimeRange, steps: readonly string[], onChange: (time: TimeRange) => void) {
  const [playing, setPlaying] = useState(false);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const timeRef = useRef(time);
  timeRef.current = time;
  const stepsRef = useRef(steps);
  stepsRef.current = steps;

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      const next = nextPlaybackRange(timeRef.current, stepsRef.current);
      if (!next) {
        setPlaying(false);
        return;
      }
      // Ahead of the re-render, so a tick arriving before it does not repeat this step.
      timeRef.current = next;
      onChangeRef.current(next);
    }, PLAY_STEP_MS);
    return () => window.clearInterval(timer);
  }, [playing]);

  const play = () => {
    if (stepsRef.current.length === 0) return;
    const start = startPlaybackRange(timeRef.current, stepsRef.current);
    if (start !== timeRef.current) {
      timeRef.current = start;
      onChangeRef.current(start);
    }
    setPlaying(true);
  };
  return { playing, play, pause: () => setPlaying(false) };
}
