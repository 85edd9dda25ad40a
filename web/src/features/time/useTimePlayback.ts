import { useEffect, useRef, useState } from "react";

/** Time between two steps while playing: long enough to see what appeared. */
export const PLAY_STEP_MS = 900;

/**
 * Plays through `steps`: calls `onStep` with each next index after the current one until the
 * last, then stops. Starting at the last step starts over from the first.
 */
export function useTimePlayback(stepCount: number, currentIndex: number, onStep: (index: number) => void) {
  const [playing, setPlaying] = useState(false);
  const onStepRef = useRef(onStep);
  onStepRef.current = onStep;
  const indexRef = useRef(currentIndex);
  indexRef.current = currentIndex;

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      const next = indexRef.current + 1;
      if (next >= stepCount) {
        setPlaying(false);
        return;
      }
      // Ahead of the re-render, so a tick arriving before it does not repeat this step.
      indexRef.current = next;
      onStepRef.current(next);
    }, PLAY_STEP_MS);
    return () => window.clearInterval(timer);
  }, [playing, stepCount]);

  const play = () => {
    if (stepCount === 0) return;
    if (indexRef.current >= stepCount - 1) onStepRef.current(0);
    setPlaying(true);
  };
  return { playing, play, pause: () => setPlaying(false) };
}
