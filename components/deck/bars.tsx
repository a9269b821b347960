import styles from './deck.module.css';

export type Bar = { label: string; value: number | null; display: string };

/**
 * A bar chart in plain HTML: prints exactly, scales with the projector theme and needs no
 * script. The narrative sentence is its alternative text; the bars' labels stay readable too.
 */
export function Bars({
  bars,
  alt,
  vertical = false,
  stacked = false,
}: {
  bars: Bar[];
  alt: string;
  vertical?: boolean;
  stacked?: boolean;
}) {
  const max = Math.max(...bars.map((b) => b.value ?? 0), 1);
  return (
    <div role="img" aria-label={alt} className={vertical ? styles.columns : `${styles.bars} ${stacked ? styles.stacked : ''}`}>
      {bars.map((bar) => (
        <div key={bar.label} className={styles.bar} aria-hidden="true">
          <span className={styles.barLabel}>{bar.label}</span>
          <span className={styles.barTrack}>
            <span className={styles.barFill} style={{ [vertical ? 'height' : 'width']: `${(100 * (bar.value ?? 0)) / max}%` }} />
          </span>
          <span className={styles.barValue}>{bar.display}</span>
        </div>
      ))}
    </div>
  );
}
