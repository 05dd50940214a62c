import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { ATTRIBUTION_LINES } from '../Attribution';

/**
 * Whose data a card's credits name: Parliament's (Open Parliament Licence), TheyWorkForYou's voting summaries, and the
 * IfG Ministers Database's posts (CC BY 4.0).
 */
export type Credit = 'parliament' | 'votes' | 'ministers';

const CREDIT_LINES: Record<Credit, string> = {
  parliament: ATTRIBUTION_LINES[0],
  votes: ATTRIBUTION_LINES[1],
  ministers: ATTRIBUTION_LINES[2],
};

/**
 * The credits of the card below, where the card itself does not say: a card built from Bevan's data names them all; a
 * card of a campaigner's or a pack's record, which Parliament's licence does not cover, names none.
 */
export const CardCredits = createContext<readonly Credit[]>(['parliament', 'votes', 'ministers']);

/** The frame every card shares: a labelled group (inside the placed card's dialog), its actions, and the data's credits at the foot. */
export function CardFrame({
  label,
  kicker,
  actions,
  credits,
  children,
}: {
  label: string;
  kicker: string;
  /** "Write to your MP", below the facts. */
  actions?: ComponentChildren;
  /** The licences of the data shown; by default, as the card's context says. */
  credits?: readonly Credit[];
  children: ComponentChildren;
}) {
  const fromContext = useContext(CardCredits);
  const lines = (credits ?? fromContext).map((credit) => CREDIT_LINES[credit]);
  return (
    <section class="card" role="group" aria-label={label}>
      <div class="kicker">{kicker}</div>
      {children}
      {actions}
      {lines.length > 0 && (
        <div class="footer">
          {lines
            .map((line) => `${line}. `)
            .join('')
            .trim()}
        </div>
      )}
    </section>
  );
}
