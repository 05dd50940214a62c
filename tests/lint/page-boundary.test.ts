// @vitest-environment node
/**
 * The boundary between the page and the extension is enforced by ESLint (eslint.config.js): code that runs in the news
 * page may not import zod, idb, the database or the background's code at run time. This shows the rule bites, on
 * code written for the test, linted as if it were a page module and as if it were an extension one.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

async function boundaryErrors(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages
    .filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((message) => message.message);
}

const CROSSINGS = [
  "import { z } from 'zod';",
  "import { z } from '../data/zod';",
  "import { openDB } from 'idb';",
  "import { openBevanDb } from '../data/db';",
  "import { getPersonDetails } from '@/utils/data/queries';",
  "import { createHandlers } from '../background/handlers';",
  "import { browserControls } from '@/utils/background/browser-controls';",
];

describe('the page boundary', () => {
  it('refuses each run-time import from the page side', async () => {
    for (const code of CROSSINGS) {
      for (const file of ['utils/page/new-module.ts', 'entrypoints/annotator.content/new-module.ts']) {
        expect(
          await boundaryErrors(`${code}\nexport const used = [${code.match(/\{ (\w+) \}/)![1]}];\n`, file),
          `${code} in ${file}`,
        ).toHaveLength(1);
      }
    }
  });

  it('lets types cross, and leaves the extension side free to import them', async () => {
    const typeOnly = "import type { BevanDb } from '../data/db';\nexport type Db = BevanDb;\n";
    expect(await boundaryErrors(typeOnly, 'utils/page/new-module.ts')).toEqual([]);
    for (const code of CROSSINGS) {
      expect(
        await boundaryErrors(
          `${code}\nexport const used = [${code.match(/\{ (\w+) \}/)![1]}];\n`,
          'utils/cards/new-module.ts',
        ),
      ).toEqual([]);
    }
  });
});
