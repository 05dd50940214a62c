/**
 * Bevan's own page inside a card's frame, so that what the reader types or
 * reads there belongs to Bevan's origin, where the news page's scripts cannot
 * read it: choosing your MP (with `?continue`, saving opens the letter the
 * reader asked for), or, with `?letter`, the email letter just opened, to copy.
 */
import { render } from 'preact';
import '@/components/theme.css';
import { YourMpFrame } from '@/components/your-mp/YourMpFrame';
import { askBackground } from '@/utils/ask-background';

const query = new URLSearchParams(location.search);
// Framed in a card, the page takes the card's colours (`?scheme=`, chosen by the page under the mention).
const scheme = query.get('scheme');
if (scheme === 'light' || scheme === 'dark') document.documentElement.dataset.scheme = scheme;
if (query.has('letter')) {
  document.title = 'Bevan: your letter';
  document.querySelector('h1')!.textContent = 'Your letter';
}
render(
  <YourMpFrame
    ask={askBackground}
    continueLetter={query.has('continue')}
    mode={query.has('letter') ? 'letter' : 'setup'}
  />,
  document.getElementById('app')!,
);
