/** The Vue page's script: hydrates when the test says so, then renders each step it is given. */
import { createSSRApp, nextTick } from 'vue';
import { APP_ROOT_ID } from './live-article';
import { firstStep, vueArticle } from './vue-article';

const step = firstStep();

window.liveArticle = {
  async hydrate() {
    createSSRApp(vueArticle(step)).mount(`#${APP_ROOT_ID}`);
  },
  async step() {
    step.value += 1;
    await nextTick();
  },
};
