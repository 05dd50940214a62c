/** The React page's script: hydrates when the test says so, then renders each step it is given. */
import { createElement as h, useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { APP_ROOT_ID } from './live-article';
import { ReactArticle } from './react-article';

let advance: (() => void) | undefined;

function LiveArticle() {
  const [step, setStep] = useState(0);
  advance = () => setStep((current) => current + 1);
  return h(ReactArticle, { step });
}

window.liveArticle = {
  async hydrate() {
    hydrateRoot(document.getElementById(APP_ROOT_ID)!, h(LiveArticle));
    // Hydration finishes in a task of its own; the step after it needs its setter.
    while (!advance) await new Promise((resolve) => setTimeout(resolve, 10));
  },
  async step() {
    flushSync(() => advance!());
  },
};
