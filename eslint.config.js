// ESLint: the boundary between the page and the extension, and TypeScript's recommended checks.
// Code that runs inside a news page (the content script) stays small and holds nothing it need not: it may not import
// zod, idb, the database (utils/data/) or the background's code. Types alone are erased from the bundle, so they may
// cross.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const PAGE_BOUNDARY = 'Page code (the content script) may not import this at run time: see eslint.config.js.';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'public/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // A leading underscore marks what is there for a signature's sake; a rest sibling, what is left out on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['utils/page/**/*.{ts,tsx}', 'entrypoints/annotator.content/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: PAGE_BOUNDARY, allowTypeImports: true },
            { name: 'idb', message: PAGE_BOUNDARY, allowTypeImports: true },
          ],
          patterns: [
            { group: ['zod/*', 'idb/*'], message: PAGE_BOUNDARY, allowTypeImports: true },
            { group: ['**/data/*', '@/utils/data/*'], message: PAGE_BOUNDARY, allowTypeImports: true },
            { group: ['**/background/*', '@/utils/background/*'], message: PAGE_BOUNDARY, allowTypeImports: true },
          ],
        },
      ],
    },
  },
);
