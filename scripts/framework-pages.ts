/**
 * Builds the live-article pages of tests/e2e/frameworks into a directory: each
 * framework's article rendered on the server (here, in Node), and the script
 * that hydrates it, bundled by esbuild as a news site would ship it (a
 * production build). Run at test time into a temporary directory; nothing
 * built is committed. `tsx scripts/framework-pages.ts DIR` builds them to look at.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { createElement } from 'react';
import { renderToString as renderReact } from 'react-dom/server';
import { h as preactH } from 'preact';
import { renderToString as renderPreact } from 'preact-render-to-string';
import { createSSRApp } from 'vue';
import { renderToString as renderVue } from '@vue/server-renderer';
import { APP_ROOT_ID, ARTICLE_DATE, HEADLINE } from '../tests/e2e/frameworks/live-article';
import { ReactArticle } from '../tests/e2e/frameworks/react-article';
import { PreactArticle } from '../tests/e2e/frameworks/preact-article';
import { firstStep, vueArticle } from '../tests/e2e/frameworks/vue-article';

const SOURCES = path.resolve(import.meta.dirname, '../tests/e2e/frameworks');

export const FRAMEWORKS = ['react', 'preact', 'vue'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

/** Each framework's server render of the article's first step. */
const serverRender: Record<Framework, () => Promise<string>> = {
  react: async () => renderReact(createElement(ReactArticle, { step: 0 })),
  preact: async () => renderPreact(preactH(PreactArticle, { step: 0 })),
  vue: () => renderVue(createSSRApp(vueArticle(firstStep()))),
};

function pageHtml(framework: Framework, appHtml: string): string {
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <title>${HEADLINE} — Bevan ${framework} live page</title>
    <meta property="article:published_time" content="${ARTICLE_DATE}" />
    <!-- No favicon request: its 404 would be a console error on both pages. -->
    <link rel="icon" href="data:," />
    <style>
      body { margin: 0; font: 18px/1.6 Georgia, serif; }
      article { max-width: 680px; margin: 24px auto; padding: 0 20px; }
    </style>
    <script src="${framework}.js" defer></script>
  </head>
  <body>
    <div id="${APP_ROOT_ID}">${appHtml}</div>
  </body>
</html>
`;
}

/** Writes `<framework>.html` and `<framework>.js` for every framework into `outDir`. */
export async function buildFrameworkPages(outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: FRAMEWORKS.map((framework) => path.join(SOURCES, `${framework}-client.ts`)),
    entryNames: '[name]',
    outdir: outDir,
    bundle: true,
    format: 'iife',
    target: 'es2022',
    platform: 'browser',
    // What a news site ships: the frameworks' production builds, whose errors are as terse as a reader's console's.
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    minify: false,
    logLevel: 'error',
  });
  for (const framework of FRAMEWORKS) {
    // The bundles are named by their entries, `<framework>-client.js`; the page asks for `<framework>.js`.
    renameSync(path.join(outDir, `${framework}-client.js`), path.join(outDir, `${framework}.js`));
    writeFileSync(path.join(outDir, `${framework}.html`), pageHtml(framework, await serverRender[framework]()));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = path.resolve(process.argv[2] ?? 'framework-pages');
  await buildFrameworkPages(outDir);
  console.log(`Built ${FRAMEWORKS.map((framework) => `${framework}.html`).join(', ')} in ${outDir}`);
}
