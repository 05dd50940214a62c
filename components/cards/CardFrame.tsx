import type { ComponentChildren } from 'preact';
import { ATTRIBUTION_LINES } from '../Attribution';

/** The frame every card shares: a labelled dialog-like region with the data's credits at the foot. */
export function CardFrame({ label, kicker, children }: { label: string; kicker: string; children: ComponentChildren }) {
  return (
    <section class="card" role="dialog" aria-label={label}>
      <div class="kicker">{kicker}</div>
      {children}
      <div class="footer">
        {ATTRIBUTION_LINES[0]}. {ATTRIBUTION_LINES[1]}.
      </div>
    </section>
  );
}
