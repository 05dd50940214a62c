import { useEffect } from 'preact/hooks';
import { FRAME_ESCAPE, frameHeightMessage } from '@/utils/your-mp/frame-messages';

/**
 * Inside a card's frame: tells the card how tall this page's content is (so the frame fits it and nothing scrolls
 * out of view inside it) and when the reader presses Escape (so the card can close the frame). Only the height and
 * the key are sent: the page around the card can see these messages.
 */
export function useFrameReporting(): void {
  useEffect(() => {
    if (window.parent === window) return;
    const tell = (message: unknown) => window.parent.postMessage(message, '*');
    const root = document.documentElement;
    const observer = new ResizeObserver(() => tell(frameHeightMessage(root.getBoundingClientRect().height)));
    observer.observe(document.body);
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) tell(FRAME_ESCAPE);
    };
    document.addEventListener('keydown', onKey);
    return () => {
      observer.disconnect();
      document.removeEventListener('keydown', onKey);
    };
  }, []);
}
