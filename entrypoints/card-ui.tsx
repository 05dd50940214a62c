/**
 * The card UI, started by the background in a page's isolated world the first
 * time a reader reaches for a mention (see utils/card-ui.ts). Cards render in
 * a closed shadow root, so that the page's CSS cannot reach them, their styles
 * cannot leak into the page, and page scripts cannot read them.
 */
import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { MentionCard } from '@/components/cards/MentionCard';
import { PlacedCard } from '@/components/cards/PlacedCard';
import cardCss from '@/components/cards/card.css?inline';
import { askBackground } from '@/utils/ask-background';
import { publishCardUi, publishedCardUi } from '@/utils/card-ui';

export default defineUnlistedScript(() => {
  if (publishedCardUi()) return;
  const host = document.createElement('bevan-card');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = cardCss;
  const container = document.createElement('div');
  shadow.append(style, container);
  (document.body ?? document.documentElement).append(host);

  publishCardUi({
    open(target, anchor, articleDate, onHover) {
      render(
        <PlacedCard anchor={anchor} onHover={onHover}>
          <MentionCard
            key={`${target.kind}:${target.id}`}
            ask={askBackground}
            target={target}
            articleDate={articleDate}
          />
        </PlacedCard>,
        container,
      );
    },
    close() {
      render(null, container);
    },
    destroy() {
      render(null, container);
      host.remove();
    },
  });
});
