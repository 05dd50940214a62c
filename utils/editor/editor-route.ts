/**
 * Where the editor is, kept in the page's address (`editor.html#bills/new`),
 * so that a reader can bookmark a section, go back with the browser's Back
 * button, and tests and screenshots can open a form directly.
 */
import type { EditorStore } from './list-records';

export type RecordSection = 'bills' | 'stances' | 'events';
export type EditorSection = RecordSection | 'packs';

export type EditorRoute =
  | { section: 'packs' }
  | { section: RecordSection; view: 'list' }
  /** A new record; a new stance may start about a bill. */
  | { section: RecordSection; view: 'new'; billId?: string }
  | { section: RecordSection; view: 'edit'; id: string };

export const SECTION_STORES: Record<RecordSection, EditorStore> = {
  bills: 'bills',
  stances: 'stances',
  events: 'disputeEvents',
};

const RECORD_SECTIONS: readonly string[] = ['bills', 'stances', 'events'];

export function parseRoute(hash: string): EditorRoute {
  const [path, query = ''] = hash.replace(/^#/, '').split('?');
  const [section, view, ...rest] = path.split('/');
  if (section === 'packs') return { section: 'packs' };
  if (!RECORD_SECTIONS.includes(section)) return { section: 'bills', view: 'list' };
  const recordSection = section as RecordSection;
  if (view === 'new') {
    const billId = new URLSearchParams(query).get('bill');
    return billId && recordSection === 'stances'
      ? { section: recordSection, view: 'new', billId }
      : { section: recordSection, view: 'new' };
  }
  if (view === 'edit' && rest.length) {
    try {
      return { section: recordSection, view: 'edit', id: decodeURIComponent(rest.join('/')) };
    } catch {
      return { section: recordSection, view: 'list' };
    }
  }
  return { section: recordSection, view: 'list' };
}

export function routeHash(route: EditorRoute): string {
  if (route.section === 'packs') return '#packs';
  if (route.view === 'list') return `#${route.section}`;
  if (route.view === 'new') {
    return route.billId ? `#${route.section}/new?bill=${encodeURIComponent(route.billId)}` : `#${route.section}/new`;
  }
  return `#${route.section}/edit/${encodeURIComponent(route.id)}`;
}
