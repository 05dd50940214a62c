/**
 * The page reader, started by the background in a page's isolated world with
 * the whole matcher, once the content script's first look finds something
 * (see utils/page/reader-contract.ts).
 */
// First, so that evaluating every module below counts in the time the reader took to load.
import { scriptStart } from '@/utils/page/script-start';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { pageReader } from '@/utils/page/page-reader';
import { publishedPageReader, publishPageReader } from '@/utils/page/reader-contract';

export default defineUnlistedScript(() => {
  // Started again (a site switched back on): the first is still there.
  if (publishedPageReader()) return;
  publishPageReader(pageReader(performance.now() - scriptStart));
});
