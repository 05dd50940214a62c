/**
 * The browser's side of reading packs from the web, for the background: its
 * fetch, and whether the reader allowed Bevan to read a pack's host (an
 * optional host permission, asked for by the editor page when the reader
 * imports or subscribes from an address). Tests pass stand-ins instead.
 */
import { browser } from 'wxt/browser';
import { hostPermissionPattern, type PackFetch } from './fetch-pack';

export interface PackNetwork {
  fetch: PackFetch;
  canRead(url: string): Promise<boolean>;
}

export const browserPackNetwork: PackNetwork = {
  fetch: (url, init) => fetch(url, init),
  canRead: (url) => browser.permissions.contains({ origins: [hostPermissionPattern(url)] }),
};
