'use client';

import { useEffect, useState } from 'react';
import styles from './deck.module.css';

/** Minutes and seconds since the presenter window opened (or was reset). */
export function PresenterTimer({ label, resetLabel }: { label: string; resetLabel: string }) {
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(start);
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, []);
  const seconds = Math.max(0, Math.floor((now - start) / 1000));
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return (
    <span className={styles.timer}>
      {label}: <time aria-live="off">{text}</time>{' '}
      <button
        type="button"
        onClick={() => {
          const t = Date.now();
          setStart(t);
          setNow(t);
        }}
      >
        {resetLabel}
      </button>
    </span>
  );
}
