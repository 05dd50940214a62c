/** The live article in Preact: server-rendered by preact-render-to-string, hydrated by `hydrate`. */
import { h } from 'preact';
import { articleAt, HEADLINE, STANDFIRST } from './live-article';

export function PreactArticle({ step }: { step: number }) {
  const view = articleAt(step);
  return h(
    'article',
    null,
    h('h1', null, HEADLINE),
    h('p', { class: 'standfirst' }, STANDFIRST),
    h('p', { class: 'live' }, view.hunt, view.updated),
    h('p', null, view.streeting, view.lucasQuote),
    h('h2', null, 'Who spoke'),
    h(
      'ul',
      null,
      view.speakers.map((speaker) => h('li', { key: speaker.name }, `${speaker.name}, ${speaker.role}.`)),
    ),
  );
}
