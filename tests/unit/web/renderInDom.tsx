import { act, type ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";

// React warns unless it knows the environment flushes updates inside act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered {
  container: HTMLElement;
  rerender: (element: ReactNode) => void;
  unmount: () => void;
}

/** Renders into a fresh element of the test's DOM (happy-dom), flushing effects. */
export function renderInDom(element: ReactNode): Rendered {
  const container = document.createElement("div");
  document.body.append(container);
  let root: Root;
  act(() => {
    root = createRoot(container);
    root.render(element);
  });
  return {
    container,
    rerender: (next) => act(() => root.render(next)),
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Clicks an element inside act(), so state updates and effects have run when it returns. */
export function click(element: Element | null): void {
  if (!element) throw new Error("nothing to click");
  act(() => (element as HTMLElement).click());
}

/** Sets an input's value the way React notices (through the native setter) and fires `input`/`change`. */
export function changeValue(element: Element | null, value: string): void {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement)) throw new Error("not an input");
  const prototype = element instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLSelectElement.prototype;
  act(() => {
    Object.getOwnPropertyDescriptor(prototype, "value")!.set!.call(element, value);
    element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? "change" : "input", { bubbles: true }));
  });
}

export function keyDown(target: EventTarget, key: string): void {
  act(() => {
    target.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));
  });
}
