/**
 * zod, configured once for extension pages: without `jitless`, zod 4 compiles
 * validators with `new Function`, which the extension CSP forbids and Mozilla's
 * linter flags. Every module imports zod from here.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
