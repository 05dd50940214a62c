import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Keeps an element at least as tall as it has been: facts that arrive later replace those shown first in place, and
 * the card does not shrink (and move) under the reader's pointer when the new ones take fewer lines.
 */
export function useNoShrink<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const tallest = useRef(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const height = element.getBoundingClientRect().height;
    if (height > tallest.current) {
      tallest.current = height;
      element.style.minHeight = `${height}px`;
    }
  });
  return ref;
}
