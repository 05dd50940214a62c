import { useEffect, useRef, useState } from 'preact/hooks';
import { todayIso } from '@/utils/dates';
import type { EditorBrowser } from '@/utils/editor/editor-browser';
import { parseRoute, routeHash, type EditorRoute, type EditorSection } from '@/utils/editor/editor-route';
import type { Ask } from '@/utils/messages';
import { AddFromParliament } from './AddFromParliament';
import { PacksPanel } from './PacksPanel';
import { RecordEditor } from './RecordEditor';
import { RecordList } from './RecordList';

const SECTIONS: { section: EditorSection; label: string }[] = [
  { section: 'bills', label: 'Bills' },
  { section: 'stances', label: 'Stances' },
  { section: 'events', label: 'Dispute events' },
  { section: 'packs', label: 'Data packs' },
];

/** The route in the page's address, followed as it changes (links, Back, Forward). */
function useHashRoute(): [EditorRoute, (route: EditorRoute) => void] {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return [route, (next) => (location.hash = routeHash(next))];
}

/**
 * The campaigners' editor: their own bills, stances and dispute events beside
 * the bundled ones (read-only), and data packs. A saved bill's names are
 * underlined in open tabs at once.
 */
export function EditorApp({ ask, browser }: { ask: Ask; browser: EditorBrowser }) {
  const [route, go] = useHashRoute();
  // A message for the list a form returns to ("Saved …"), cleared when the reader goes elsewhere.
  const [flash, setFlash] = useState<{ text: string; hash: string } | null>(null);
  const today = todayIso(browser.now());
  const visibleFlash = flash && flash.hash === routeHash(route) ? flash.text : null;

  useEffect(() => {
    const heading = SECTIONS.find((item) => item.section === route.section)?.label ?? '';
    document.title = `${heading} — Bevan campaign data`;
  }, [route.section]);

  // On each move (not the first page load), keyboard and screen-reader users start at the new view, and a
  // message meant for another view goes.
  const main = useRef<HTMLElement>(null);
  const hash = routeHash(route);
  const firstView = useRef(true);
  useEffect(() => {
    if (firstView.current) {
      firstView.current = false;
      return;
    }
    main.current?.focus();
    setFlash((current) => (current && current.hash === hash ? current : null));
  }, [hash]);

  const backToList = (message: string | null) => {
    if (route.section === 'packs') return;
    const list: EditorRoute = { section: route.section, view: 'list' };
    setFlash(message ? { text: message, hash: routeHash(list) } : null);
    go(list);
  };

  // A bill added from Parliament opens in its form, where the campaigner can add the names the press uses.
  const openAdded = (id: string, title: string) => {
    const edit: EditorRoute = { section: 'bills', view: 'edit', id };
    setFlash({
      text: `Added “${title}” from Parliament, with its stages. Open tabs now underline it. Add the names the press uses under “Other names to find on pages”.`,
      hash: routeHash(edit),
    });
    go(edit);
  };

  return (
    <div class="bevan-editor">
      <header class="bevan-editor-header">
        <h1>Bevan — campaign data</h1>
        <a class="bevan-settings-link bevan-small" href="/options.html">
          Bevan's settings
        </a>
        <p class="bevan-muted">
          Add the bills, stances and dispute events Bevan's bundled data does not cover. Every fact needs an https
          source. Bevan underlines your bills' names on news pages at once.
        </p>
        <nav aria-label="Editor sections" class="bevan-tabs">
          {SECTIONS.map((item) => (
            <a
              key={item.section}
              href={routeHash(
                item.section === 'packs' ? { section: 'packs' } : { section: item.section, view: 'list' },
              )}
              aria-current={route.section === item.section ? 'page' : undefined}
            >
              {item.label}
            </a>
          ))}
        </nav>
      </header>
      <main ref={main} tabIndex={-1} class="bevan-editor-main">
        <div aria-live="polite">
          {visibleFlash && (
            <p class="bevan-success" role="status">
              {visibleFlash}
            </p>
          )}
        </div>
        {route.section === 'packs' ? (
          <PacksPanel ask={ask} browser={browser} />
        ) : route.view === 'list' ? (
          <>
            {route.section === 'bills' && <AddFromParliament ask={ask} onAdded={openAdded} />}
            <RecordList key={route.section} ask={ask} section={route.section} />
          </>
        ) : (
          <RecordEditor key={routeHash(route)} ask={ask} route={route} today={today} onDone={backToList} />
        )}
      </main>
    </div>
  );
}
