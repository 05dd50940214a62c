import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/theme.css';
import { WelcomeApp, type Shortcut } from '@/components/welcome/WelcomeApp';
import { askBackground } from '@/utils/ask-background';
import { MENTION_COMMANDS } from '@/utils/background/mention-commands';

/** The keys as the browser has them now: the reader may have changed them. */
async function shortcuts(): Promise<Shortcut[]> {
  const commands = await browser.commands.getAll();
  return (['next-mention', 'previous-mention'] as const).map((name) => ({
    name,
    keys: commands.find((command) => command.name === name)?.shortcut || null,
    description: MENTION_COMMANDS[name].description,
  }));
}

render(
  <WelcomeApp ask={askBackground} shortcuts={await shortcuts()} optionsUrl={browser.runtime.getURL('/options.html')} />,
  document.getElementById('app')!,
);
