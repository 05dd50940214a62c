import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { placeCard, type Box } from '@/utils/page/card-position';

/** What Tab moves between inside a card. */
export const FOCUSABLE = 'a[href], button:not([disabled]), iframe, input, [tabindex="0"]';

/**
 * Keeps its card inside the viewport next to its mention, and no taller than
 * the room there (`--room`, read by the card's stylesheet). The card grows when
 * its data arrives (a child's own render), so it is re-placed on every resize.
 */
export function PlacedCard({
  anchor,
  label,
  onHover,
  onTabOut,
  children,
}: {
  anchor: Box;
  /** The dialog's name, read out when focus moves into it. */
  label: string;
  onHover: (inside: boolean) => void;
  onTabOut?: () => void;
  children: ComponentChildren;
}) {
  const holder = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = holder.current;
    if (!element) return;
    let frame = 0;
    /** `resized`: called back by the observer, where a change of size would start its loop (an error the page sees). */
    const place = (resized: boolean) => {
      const room = element.style.getPropertyValue('--room');
      // Measured at its own height: with the room set before, it would seem to fit where it does not.
      element.style.removeProperty('--room');
      const { top, left, maxHeight } = placeCard(anchor, element.getBoundingClientRect(), {
        width: document.documentElement.clientWidth,
        height: document.documentElement.clientHeight,
      });
      element.style.top = `${top}px`;
      element.style.left = `${left}px`;
      const next = maxHeight === undefined ? '' : `${maxHeight}px`;
      cancelAnimationFrame(frame);
      if (!resized) element.style.setProperty('--room', next);
      else {
        element.style.setProperty('--room', room);
        if (next !== room) frame = requestAnimationFrame(() => element.style.setProperty('--room', next));
      }
    };
    place(false);
    const observer = new ResizeObserver(() => place(true));
    observer.observe(element);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [anchor]);
  return (
    // The dialog itself takes focus when it is reached from the keyboard: its facts may still be loading, and the
    // elements inside change as they arrive.
    <div
      ref={holder}
      class="placed"
      role="dialog"
      aria-label={label}
      tabIndex={-1}
      onPointerEnter={() => onHover(true)}
      onPointerLeave={() => onHover(false)}
      onFocusIn={() => onHover(true)}
      // Focus leaving for nowhere on the page (another tab, say the letter's) does not mean the reader left the card.
      onFocusOut={(event) => event.relatedTarget && onHover(false)}
      onKeyDown={(event) => {
        if (event.key !== 'Tab' || !onTabOut || !holder.current) return;
        // Past the last control, or back before the first: out of the card, back where the reader was.
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
