import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { placeCard, type Box } from '@/utils/card-position';

/** What Tab moves between inside a card. */
export const FOCUSABLE = 'a[href], button:not([disabled]), iframe, input, [tabindex="0"]';

/**
 * Keeps its card inside the viewport next to its mention. The card grows when
 * its data arrives (a child's own render), so it is re-placed on every resize.
 */
export function PlacedCard({
  anchor,
  onHover,
  onTabOut,
  children,
}: {
  anchor: Box;
  onHover: (inside: boolean) => void;
  onTabOut?: () => void;
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
      // Focus leaving for nowhere on the page (another tab, say the letter's) does not mean the reader left the card.
      onFocusOut={(event) => event.relatedTarget && onHover(false)}
      onKeyDown={(event) => {
        if (event.key !== 'Tab' || !onTabOut || !holder.current) return;
        // Past the last control, or back before the first: out of the card, to its mention.
        const controls = [...holder.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
        const active = (holder.current.getRootNode() as ShadowRoot | Document).activeElement;
        const edge = event.shiftKey ? controls[0] : controls.at(-1);
        if (active === edge) {
          event.preventDefault();
          onTabOut();
        }
      }}
    >
      {children}
    </div>
  );
}
