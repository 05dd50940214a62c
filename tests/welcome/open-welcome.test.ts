import { describe, expect, it } from 'vitest';
import { openWelcomeOnInstall } from '@/utils/welcome/open-welcome';

describe('openWelcomeOnInstall', () => {
  it('opens the welcome page on a first install only, not on an update or a browser update', () => {
    let installed: (details: { reason: string }) => void = () => undefined;
    const opened: string[] = [];
    openWelcomeOnInstall({
      runtime: {
        onInstalled: { addListener: (listener) => (installed = listener) },
        getURL: (path) => `chrome-extension://bevan${path}`,
      },
      tabs: { create: async ({ url }) => opened.push(url) },
    });
    installed({ reason: 'update' });
    installed({ reason: 'chrome_update' });
    expect(opened).toEqual([]);
    installed({ reason: 'install' });
    expect(opened).toEqual(['chrome-extension://bevan/welcome.html']);
  });
});
