'use client';

import { type ReactElement, useLayoutEffect, useRef, useState } from 'react';

/**
 * The one Recharts wrapper: a box of fixed height (no layout shift) and full width, drawn
 * as an image with a label; the numbers themselves are in the table or summary next to
 * it. The chart is drawn once the box is measured, and gets the width so it can drop
 * labels that would collide on a phone.
 */
export function ChartContainer({
  height,
  label,
  children,
}: {
  height: number;
  label: string;
  children: (size: { width: number; height: number }) => ReactElement;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setWidth(Math.floor(element.getBoundingClientRect().width));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} className="chart-box" style={{ height }} role="img" aria-label={label}>
      {width > 0 ? children({ width, height }) : null}
    </div>
  );
}

/** Below this width a chart keeps only the labels that cannot collide. */
export const COMPACT_WIDTH = 480;
