import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { placeCard, type Box } from '@/utils/card-position';

/**
 * Keeps its card inside the viewport next to its mention. The card grows when
 * its data arrives (a child's own render), so it is re-placed on every resize.
 */
export function PlacedCard({
  anchor,
  onHover,
  children,
}: {
  anchor: Box;
  onHover: (inside: boolean) => void;
  children: ComponentChildren;
}) {
  const holder = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = holder.current;
    if (!element) return;
    const place = () => {
      const { top, left } = placeCard(anchor, element.getBoundingClientRect(), {
        width: document.documentElement.clientWidth,
        height: document.documentElement.clientHeight,
      });
      element.style.top = `${top}px`;
      element.style.left = `${left}px`;
    };
    place();
    const observer = new ResizeObserver(place);
    observer.observe(element);
    return () => observer.disconnect();
  }, [anchor]);
  return (
    <div
      ref={holder}
      class="placed"
      onPointerEnter={() => onHover(true)}
      onPointerLeave={() => onHover(false)}
      onFocusIn={() => onHover(true)}
      onFocusOut={() => onHover(false)}
    >
      {children}
    </div>
  );
}
