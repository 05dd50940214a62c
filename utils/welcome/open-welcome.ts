/** The welcome page opens once, when Bevan is first installed: not on updates, nor when the browser restarts. */
interface WelcomeBrowser {
  runtime: {
    onInstalled: { addListener(listener: (details: { reason: string }) => void): void };
    getURL(path: '/welcome.html'): string;
  };
  tabs: { create(properties: { url: string }): Promise<unknown> };
}

export function openWelcomeOnInstall(browser: WelcomeBrowser): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
}
