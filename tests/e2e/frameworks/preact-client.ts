/** The Preact page's script: hydrates when the test says so, then renders each step it is given. */
import { h, hydrate } from 'preact';
import { useState } from 'preact/hooks';
import { APP_ROOT_ID } from './live-article';
import { PreactArticle } from './preact-article';

let advance: (() => void) | undefined;

function LiveArticle() {
  const [step, setStep] = useState(0);
  advance = () => setStep((current) => current + 1);
  return h(PreactArticle, { step });
}

/** Preact renders state changes in a microtask; a task later, the step is on screen. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

window.liveArticle = {
  async hydrate() {
    hydrate(h(LiveArticle, null), document.getElementById(APP_ROOT_ID)!);
  },
  async step() {
    advance!();
    await nextTask();
  },
};
