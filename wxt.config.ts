import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports: a reader can follow every name to its module.
  imports: false,
  manifestVersion: 3,
  manifest: {
    name: 'Bevan',
    description: "Sourced facts about MPs, NHS bills and the resident doctors' dispute, inline on UK news pages.",
    permissions: [],
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
