import { defineConfig } from 'wxt';
import path from 'node:path';
import { newsSiteMatchPatterns } from './utils/sites/sites';
import { MENTION_COMMANDS } from './utils/background/mention-commands';
import { PARLIAMENT_ORIGINS } from './utils/parliament/hosts';

const ANNOTATOR_CONTEXT = path.resolve(import.meta.dirname, 'entrypoints/annotator.content/script-context.ts');

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports: a reader can follow every name to its module.
  imports: false,
  manifestVersion: 3,
  manifest: {
    name: 'Bevan',
    description: "Sourced facts about MPs, NHS bills and the resident doctors' dispute, inline on UK news pages.",
    // scripting + activeTab: start Bevan in the tab the reader is on when they switch a site on.
    // alarms: refresh news feeds and subscribed data packs while the service worker sleeps.
    permissions: ['scripting', 'activeTab', 'alarms'],
    // Mentions are drawn with the CSS Custom Highlight API (Chrome 105, Firefox 140) and never by changing the page.
    minimum_chrome_version: '105',
    // Moving between mentions from the keyboard; the reader can change the keys in the browser's shortcuts page.
    commands: MENTION_COMMANDS,
    // The default news sites, as for the content script: lets the popup read which of them a tab shows.
    // Parliament's three public APIs: live MP facts, votes and bills (the options page can turn them off).
    host_permissions: [...newsSiteMatchPatterns(), ...Object.values(PARLIAMENT_ORIGINS).map((origin) => `${origin}/*`)],
    // Sites beyond the default news list, each asked for when the reader switches it on.
    optional_host_permissions: ['*://*/*'],
    // The "choose your MP" page, framed inside a card: what the reader types there stays in Bevan's origin.
    web_accessible_resources: [{ resources: ['your-mp.html'], matches: ['<all_urls>'] }],
    browser_specific_settings: {
      gecko: {
        id: 'bevan@bevan-extension.org',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
  hooks: {
    // The annotator runs on every news page and uses only runtime messaging, which returns promises in both
    // browsers' MV3 APIs: it is built without webextension-polyfill, whose start-up cost it would pay on
    // every page (about 1 ms, measured by `npm run bench`). Bevan's own pages and the background keep it.
    // WXT's content-script context is swapped for the annotator's own, smaller one: see
    // entrypoints/annotator.content/script-context.ts.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.some((entrypoint) => entrypoint.name === 'annotator')) return;
      const alias = config.resolve?.alias;
      const entries = Array.isArray(alias)
        ? alias.filter((entry) => entry.find !== 'wxt/browser')
        : Object.entries(alias ?? {})
            .filter(([find]) => find !== 'wxt/browser')
            .map(([find, replacement]) => ({ find, replacement: replacement as string }));
      config.resolve = {
        ...config.resolve,
        alias: [{ find: /^wxt\/utils\/content-script-context$/, replacement: ANNOTATOR_CONTEXT }, ...entries],
      };
    },
  },
  vite: () => ({
    build: {
      // Readable stack traces in bug reports; the size cost is measured by `npm run bench`.
      sourcemap: false,
    },
  }),
});
