import type { Ask } from '@/utils/messages';
import { NEWS_SITES } from '@/utils/sites/sites';
import { publisherName } from '@/utils/sources/publisher';
import { Attribution } from '../Attribution';
import { YourMpSection } from '../your-mp/YourMpSection';

export interface Shortcut {
  name: string;
  /** As the browser shows it ("Alt+Shift+B"); null when the reader has removed it. */
  keys: string | null;
  description: string;
}

/** The default sites by the names readers know, each once ("The Independent" has two domains). */
function siteNames(): string[] {
  return [...new Set(NEWS_SITES.map((site) => publisherName(`https://${site}`)))];
}

/**
 * A picture of what Bevan does, drawn rather than captured so that it shows no fact of its own: lines of an article,
 * one name underlined with a dotted line, and a card beside it with its source link.
 */
function HowItLooks() {
  return (
    <svg
      class="bevan-welcome-picture"
      viewBox="0 0 520 200"
      role="img"
      aria-label="A news article with one name underlined by a dotted line, and Bevan's card opened beside it with facts and a source link"
    >
      <rect x="1" y="1" width="518" height="198" rx="10" class="paper" />
      {[30, 58, 86, 114, 142, 170].map((y, index) => (
        <rect key={y} x="24" y={y} width={index === 5 ? 150 : 250} height="10" rx="5" class="line" />
      ))}
      <rect x="112" y="82" width="80" height="18" rx="3" class="paper" />
      <text x="114" y="96" class="name">
        A. Member
      </text>
      <line x1="114" y1="101" x2="190" y2="101" class="underline" />
      <path d="M196 92 L300 60" class="pointer" />
      <rect x="300" y="24" width="196" height="152" rx="8" class="card" />
      <text x="314" y="50" class="card-title">
        Bevan's card
      </text>
      <rect x="314" y="62" width="150" height="8" rx="4" class="line" />
      <rect x="314" y="80" width="168" height="8" rx="4" class="line" />
      <rect x="314" y="98" width="120" height="8" rx="4" class="line" />
      <text x="314" y="128" class="link">
        Source
      </text>
      <rect x="314" y="142" width="110" height="22" rx="5" class="button" />
    </svg>
  );
}

/** The page that opens when Bevan is installed: what it does, your MP, where it runs, the keyboard, and privacy. */
export function WelcomeApp({ ask, shortcuts, optionsUrl }: { ask: Ask; shortcuts: Shortcut[]; optionsUrl: string }) {
  const names = siteNames();
  return (
    <main class="bevan-welcome">
      <h1>Welcome to Bevan</h1>
      <p class="bevan-lead">
        On UK news pages, Bevan quietly underlines the MPs, NHS bills and the junior (resident) doctors' dispute that an
        article names. Point at one, or reach it from the keyboard, and a card shows sourced facts as they stood on the
        article's date and as they stand now. Every fact links to its source, and a gap in the data is shown as a gap.
      </p>
      <HowItLooks />

      <section aria-labelledby="welcome-mp">
        <h2 id="welcome-mp">Your MP</h2>
        <p>
          Every card has <strong>Write to your MP</strong>. Choose your MP now, or the first time you write.
        </p>
        <YourMpSection ask={ask} withLetter={false} />
      </section>

      <section aria-labelledby="welcome-sites">
        <h2 id="welcome-sites">Where it runs</h2>
        <p>
          On {names.length} UK news and politics sites, among them {names.slice(0, 6).join(', ')} and Parliament's own
          pages. Switch it off on any of them, or on for another site, from Bevan's button in the toolbar.
        </p>
        <details>
          <summary>All {names.length} sites</summary>
          <ul class="bevan-welcome-sites">
            {names.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </details>
      </section>

      <section aria-labelledby="welcome-keys">
        <h2 id="welcome-keys">With the keyboard</h2>
        <p>The article keeps its own tab stops. To reach what Bevan found:</p>
        <ul>
          {shortcuts.map((shortcut) => (
            <li key={shortcut.name}>
              {shortcut.keys ? (
                <kbd>{shortcut.keys}</kbd>
              ) : (
                <span class="bevan-muted">No keys set (your browser keeps its suggested keys for itself)</span>
              )}
              : {shortcut.description.charAt(0).toLowerCase() + shortcut.description.slice(1)}.
            </li>
          ))}
        </ul>
        <p>
          The card opens with focus inside it; Tab moves through it, and Escape closes it and takes you back. Set or
          change the keys at <code>chrome://extensions/shortcuts</code> in Chrome, or with{' '}
          <em>Manage Extension Shortcuts</em> on Firefox's add-ons page.
        </p>
      </section>

      <section aria-labelledby="welcome-privacy">
        <h2 id="welcome-privacy">Privacy</h2>
        <p>
          Nothing about you leaves your computer. Your postcode and your MP stay in Bevan's own storage and never enter
          a web page; news sites cannot read Bevan's cards. Bevan fetches only the news feeds and data packs you keep,
          and your postcode goes to WriteToThem only when you press Write to your MP.
        </p>
      </section>

      <p>
        <a href={optionsUrl}>Settings</a>: news feeds, letter templates, how many mentions to mark, and the data on this
        computer.
      </p>
      <footer>
        <Attribution />
      </footer>
    </main>
  );
}
