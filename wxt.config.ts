import { defineConfig } from 'wxt';
import { newsSiteMatchPatterns } from './utils/sites';

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
    // The default news sites, as for the content script: lets the popup read which of them a tab shows.
    host_permissions: newsSiteMatchPatterns(),
    // Sites beyond the default news list, each asked for when the reader switches it on.
    optional_host_permissions: ['*://*/*'],
    // The "choose your MP" page, framed inside a card: what the reader types there stays in Bevan's origin.
    web_accessible_resources: [{ resources: ['your-mp.html'], matches: ['<all_urls>'] }],
    browser_specific_settings: {
      gecko: {
        id: 'bevan@bevan-extension.org',
        strict_min_version: '128.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
  vite: () => ({
    build: {
      // Readable stack traces in bug reports; the size cost is measured by `npm run bench`.
      sourcemap: false,
    },
  }),
});
