'use client';

import { useEffect } from 'react';

/** Message type shared with public/embed.js, the host page's resizer. */
export const EMBED_HEIGHT_MESSAGE = 'pantau-embed-height';

/**
 * Tells the page that frames this embed how tall the content is, whenever it changes
 * (charts and the map arrive after hydration), so the iframe can fit without scrolling.
 */
export function ReportHeight() {
  useEffect(() => {
    if (window.parent === window) return;
    const root = document.documentElement;
    let last = 0;
    const report = () => {
      const height = Math.ceil(root.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, '*');
    };
    report();
    const observer = new ResizeObserver(report);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  return null;
}
