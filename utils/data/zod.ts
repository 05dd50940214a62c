/**
 * zod, configured once. Bevan uses zod's "mini" build: its functional API
 * tree-shakes, which keeps the content script small (the classic build alone
 * is larger than the size budget). `jitless` because zod otherwise compiles
 * validators with `new Function`, which the extension CSP forbids and
 * Mozilla's linter flags. English messages are loaded so that validation
 * errors read as sentences. Every module imports zod from here.
 */
import * as z from 'zod/mini';

z.config({ jitless: true, ...z.locales.en() });

export { z };
