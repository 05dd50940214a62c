import { useEffect, useRef, useState } from 'preact/hooks';
import { readFrameMessage } from '@/utils/your-mp/frame-messages';

/**
 * One of Bevan's own pages in a frame inside a card (choosing your MP, copying a letter): what is typed or shown
 * there belongs to Bevan's origin, not the page's. The frame is as tall as its content (so its buttons never scroll
 * out of view inside it), takes focus when it has loaded if asked to, and says when the reader pressed Escape in it.
 */
export function BevanFrame({
  src,
  title,
  focusOnLoad,
  onEscape,
  allow,
  initialHeight,
}: {
  src: string;
  title: string;
  focusOnLoad: boolean;
  onEscape: () => void;
  allow?: string;
  /** Until the frame says how tall it is (the stylesheet's height otherwise). */
  initialHeight?: number;
}) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState<number | null>(null);
  const escape = useRef(onEscape);
  escape.current = onEscape;

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      // Only this frame's own messages: the page can post anything to its window.
      if (!frame.current || event.source !== frame.current.contentWindow) return;
      const message = readFrameMessage(event.data);
      if (!message) return;
      if ('escape' in message) escape.current();
      else setHeight(message.height);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  return (
    <iframe
      ref={frame}
      src={src}
      title={title}
      class="setup-frame"
      allow={allow}
      // The height is the page's own: the frame's border goes outside it.
      style={
        (height ?? initialHeight) ? { height: `${height ?? initialHeight}px`, boxSizing: 'content-box' } : undefined
      }
      onLoad={() => {
        if (focusOnLoad) frame.current?.focus();
      }}
    />
  );
}
