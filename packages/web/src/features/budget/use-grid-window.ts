import { useEffect, useState, type RefObject, type UIEvent } from 'react';

/** Used until the scroll container is measured (and in tests, where nothing has a size). */
const FALLBACK_VIEWPORT = 640;

/**
 * The scroll position and height of a scroll container, for windowing: `onScroll` goes on the container,
 * and a ResizeObserver follows its height (its first report arrives right after mounting).
 */
export const useGridWindow = (ref: RefObject<HTMLElement | null>) => {
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(FALLBACK_VIEWPORT);

  useEffect(() => {
    const element = ref.current;
    if (element === null || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (element.clientHeight > 0) setViewportHeight(element.clientHeight);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);

  const onScroll = (event: UIEvent<HTMLElement>) => setScrollTop(event.currentTarget.scrollTop);
  return { scrollTop, viewportHeight, onScroll, setScrollTop };
};
