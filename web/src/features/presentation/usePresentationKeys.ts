import { useEffect, useRef } from "react";

export interface PresentationKeyHandlers {
  next: () => void;
  previous: () => void;
  exit: () => void;
}

/** → / Space / PageDown: next step; ← / PageUp: previous; Escape: leave. Only while presenting. */
export function usePresentationKeys(active: boolean, handlers: PresentationKeyHandlers): void {
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const { next, previous, exit } = handlersRef.current;
      switch (event.key) {
        case "ArrowRight":
        case " ":
        case "PageDown":
          event.preventDefault();
          next();
          break;
        case "ArrowLeft":
        case "PageUp":
          event.preventDefault();
          previous();
          break;
        case "Escape":
          event.preventDefault();
          exit();
          break;
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [active]);
}
