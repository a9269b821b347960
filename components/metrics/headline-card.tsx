import type { ReactNode } from 'react';
import type { Assessment } from '@/lib/compare';

// The one big number of the overview, with its change since the first edition.
export function HeadlineCard({
  value,
  caption,
  change,
  direction,
  assessment,
  assessmentLabel,
  detail,
}: {
  /** the formatted figure, e.g. "15.960" */
  value: string;
  /** the rest of the sentence, e.g. "keluarga berisiko stunting (PK24)" */
  caption: string;
  change?: string;
  /** the arrow follows the direction; the colour follows the assessment (a fall can be good) */
  direction?: 'up' | 'down' | 'flat';
  assessment?: Assessment;
  assessmentLabel?: string;
  detail?: ReactNode;
}) {
  return (
    <div className="headline">
      <p className="headline-figure">
        <strong className="headline-value">{value}</strong> <span className="headline-caption">{caption}</span>
      </p>
      {change ? (
        <p className={`headline-change change-${assessment ?? 'neutral'}`}>
          {direction === 'down' ? (
            <span aria-hidden="true">▼ </span>
          ) : direction === 'up' ? (
            <span aria-hidden="true">▲ </span>
          ) : null}
          {change}
          {assessmentLabel ? <span className="visually-hidden"> ({assessmentLabel})</span> : null}
        </p>
      ) : null}
      {detail}
    </div>
  );
}
