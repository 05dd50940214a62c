/** The live article in React: server-rendered by `react-dom/server`, hydrated by `hydrateRoot`. */
import { createElement as h } from 'react';
import { articleAt, HEADLINE, STANDFIRST } from './live-article';

export function ReactArticle({ step }: { step: number }) {
  const view = articleAt(step);
  return h(
    'article',
    null,
    h('h1', null, HEADLINE),
    h('p', { className: 'standfirst' }, STANDFIRST),
    // Two text nodes in one paragraph: React keeps a reference to each.
    h('p', { className: 'live' }, view.hunt, view.updated),
    h('p', null, view.streeting, view.lucasQuote),
    h('h2', null, 'Who spoke'),
    h(
      'ul',
      null,
      view.speakers.map((speaker) => h('li', { key: speaker.name }, `${speaker.name}, ${speaker.role}.`)),
    ),
  );
}
