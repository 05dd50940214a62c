import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/theme.css';
import { OptionsApp } from '@/components/options/OptionsApp';
import { askBackground } from '@/utils/ask-background';

render(
  <OptionsApp
    ask={askBackground}
    requestAccess={(origins) => browser.permissions.request({ origins })}
    version={browser.runtime.getManifest().version}
  />,
  document.getElementById('app')!,
);
