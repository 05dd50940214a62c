/** The annotator's own content-script context (entrypoints/annotator.content/script-context.ts). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentScriptContext } from '@/entrypoints/annotator.content/script-context';

describe("the annotator's content-script context", () => {
  it('stops the Bevan before it when Bevan starts again in the page, and only that one', () => {
    const stopped: string[] = [];
    const first = new ContentScriptContext('annotator');
    first.onInvalidated(() => stopped.push('first: annotator'));
    const forgotten = first.onInvalidated(() => stopped.push('first: forgotten'));
    forgotten();
    const second = new ContentScriptContext('annotator');
    second.onInvalidated(() => stopped.push('second'));
    expect(stopped).toEqual(['first: annotator']);

    new ContentScriptContext('annotator');
    expect(stopped).toEqual(['first: annotator', 'second']);
  });

  it("stands in for the one thing WXT's entrypoint asks of its context: construction from a name and options", () => {
    // If a WXT upgrade builds the context differently, the swap in wxt.config.ts must be looked at again.
    const entry = readFileSync(
      path.join(import.meta.dirname, '../node_modules/wxt/dist/virtual/content-script-isolated-world-entrypoint.mjs'),
      'utf8',
    );
    expect(entry).toContain('import { ContentScriptContext } from "wxt/utils/content-script-context";');
    expect(entry.match(/ContentScriptContext\b[^;]*/g)).toEqual([
      'ContentScriptContext } from "wxt/utils/content-script-context"',
      'ContentScriptContext(import.meta.env.ENTRYPOINT, options))',
    ]);
  });
});
