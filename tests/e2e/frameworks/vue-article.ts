/** The live article in Vue 3: server-rendered by `@vue/server-renderer`, hydrated by `createSSRApp(...).mount`. */
import { defineComponent, h, ref, type Ref } from 'vue';
import { articleAt, HEADLINE, STANDFIRST } from './live-article';

/** The article at `step`: the page's script advances it, the server renders step 0. */
export function vueArticle(step: Ref<number>) {
  return defineComponent({
    setup() {
      return () => {
        const view = articleAt(step.value);
        return h('article', [
          h('h1', HEADLINE),
          h('p', { class: 'standfirst' }, STANDFIRST),
          // Vue splits the server's one text node into its two when it hydrates.
          h('p', { class: 'live' }, [view.hunt, view.updated]),
          h('p', [view.streeting, view.lucasQuote]),
          h('h2', 'Who spoke'),
          h(
            'ul',
            view.speakers.map((speaker) => h('li', { key: speaker.name }, `${speaker.name}, ${speaker.role}.`)),
          ),
        ]);
      };
    },
  });
}

export const firstStep = () => ref(0);
