import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After an in-app navigation, moves the keyboard and screen-reader focus to the new page's main
 * heading (or to the element a `#hash` names), as a full page load would put the reader at the
 * start of the new content. Not on the first load. Pages render lazily, so the heading is waited
 * for (up to `timeoutMs`); a filter change that only rewrites the query string is not a
 * navigation and keeps the focus where it is; so does a reader who moves the focus before the
 * heading appears.
 */
export function useFocusOnNavigation(container: { current: HTMLElement | null }, timeoutMs = 3000): void {
  const { pathname, hash } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    let frame = 0;
    const deadline = performance.now() + timeoutMs;
    // Where the focus was when the navigation happened (the link clicked); if the reader moves it
    // elsewhere before the heading appears, the reader's choice wins.
    const before = document.activeElement;
    const find = (): HTMLElement | null => {
      const root = container.current;
      if (!root) return null;
      if (hash) return document.getElementById(decodeURIComponent(hash.slice(1)));
      return root.querySelector<HTMLElement>('h1');
    };
    const attempt = () => {
      const now = document.activeElement;
      if (now !== before && now !== document.body && now !== null) return;
      const target = find();
      if (target) {
        if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
        target.focus({ preventScroll: !hash });
        return;
      }
      if (performance.now() < deadline) frame = requestAnimationFrame(attempt);
    };
    frame = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(frame);
  }, [pathname, hash, container, timeoutMs]);
}
