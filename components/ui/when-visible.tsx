'use client';

import { type CSSProperties, type ReactNode, useEffect, useRef, useState } from 'react';

/**
 * Mounts `children` only once its box comes near the viewport: a chart or map further down a
 * page then loads its code after the first screen is usable, not during it. Until then the
 * fallback reserves the space. The numbers and tables beside it are server HTML and do not wait.
 */
export function WhenVisible({
  children,
  fallback = null,
  rootMargin = '200px 0px',
  style,
}: {
  children: ReactNode;
  fallback?: ReactNode;
  rootMargin?: string;
  style?: CSSProperties;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);

  useEffect(() => {
    const element = box.current;
    if (visible || !element) return;
    // Printing or an old browser without the observer: draw at once.
    if (typeof IntersectionObserver === 'undefined') {
      setVisible(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setVisible(true);
      },
      { rootMargin },
    );
    observer.observe(element);
    const onPrint = () => setVisible(true);
    window.addEventListener('beforeprint', onPrint);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', onPrint);
    };
  }, [visible, rootMargin]);

  // min-width 0: the box sits where the chart did, often a grid or flex item that must shrink.
  return (
    <div ref={box} style={{ minWidth: 0, ...style }}>
      {visible ? children : fallback}
    </div>
  );
}
