/**
 * Choosing your MP from a card: this page is shown in a frame inside the card,
 * so that what the reader types belongs to Bevan's origin, where the news
 * page's scripts cannot read it. With `?continue`, saving opens the letter the
 * reader asked for.
 */
import { render } from 'preact';
import '@/components/theme.css';
import { YourMpFrame } from '@/components/your-mp/YourMpFrame';
import { askBackground } from '@/utils/ask-background';

// Framed in a card, the page takes the card's colours (`?scheme=`, chosen by the page under the mention).
const scheme = new URLSearchParams(location.search).get('scheme');
if (scheme === 'light' || scheme === 'dark') document.documentElement.dataset.scheme = scheme;

render(
  <YourMpFrame ask={askBackground} continueLetter={new URLSearchParams(location.search).has('continue')} />,
  document.getElementById('app')!,
);
