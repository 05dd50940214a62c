/**
 * What the editor page asks of the browser itself, behind an interface so
 * that its components are tested with stand-ins: the host permission a pack
 * address needs (asked from a click: browsers grant permissions only in
 * answer to a user gesture), saving an exported pack as a file, and the time.
 */
import { browser } from 'wxt/browser';
import { hostPermissionPattern } from '../packs/fetch-pack';

export interface EditorBrowser {
  /** Asks the reader to let Bevan read `url`'s host; true when allowed (or already allowed). */
  requestHostPermission(url: string): Promise<boolean>;
  /** Offers `text` to the reader as a file download. */
  download(fileName: string, text: string): void;
  now(): Date;
}

export const browserEditorActions: EditorBrowser = {
  async requestHostPermission(url) {
    try {
      return await browser.permissions.request({ origins: [hostPermissionPattern(url)] });
    } catch {
      return false;
    }
  },
  download(fileName, text) {
    const href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = href;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    // The download has its own copy once started; give it a moment before the address goes.
    setTimeout(() => URL.revokeObjectURL(href), 60_000);
  },
  now: () => new Date(),
};
