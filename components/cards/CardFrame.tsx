import type { ComponentChildren } from 'preact';
import { ATTRIBUTION_LINES } from '../Attribution';

/** The frame every card shares: a labelled group (inside the placed card's dialog), its actions, and the data's credits at the foot. */
export function CardFrame({
  label,
  kicker,
  actions,
  children,
}: {
  label: string;
  kicker: string;
  /** "Write to your MP", below the facts. */
  actions?: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <section class="card" role="group" aria-label={label}>
      <div class="kicker">{kicker}</div>
      {children}
      {actions}
      <div class="footer">
        {ATTRIBUTION_LINES[0]}. {ATTRIBUTION_LINES[1]}. {ATTRIBUTION_LINES[2]}.
      </div>
    </section>
  );
}
