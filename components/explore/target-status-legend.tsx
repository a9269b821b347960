import type { MapStatus } from '@/lib/api/explore-schemas';
import { targetStatusColors, targetStatuses } from '@/lib/explore/target-status';
import { fill, getDictionary, type Lang } from '@/lib/i18n';

/** The "Status target" legend: every status with how many regions have it, and the rule used. */
export function TargetStatusLegend({ lang, status }: { lang: Lang; status: MapStatus }) {
  const t = getDictionary(lang);
  const s = t.exploreTargets;
  return (
    <figure className="legend" data-testid="target-status-legend">
      <figcaption>
        <strong>{s.legendTitle}</strong>
      </figcaption>
      <ul>
        {targetStatuses.map((key) => {
          const count = status.regions.filter((r) => r.status === key).length;
          const color = targetStatusColors[key];
          return (
            <li key={key}>
              <span
                className={color ? 'swatch' : 'swatch swatch-no-data'}
                style={color ? { background: color } : undefined}
                aria-hidden="true"
              />
              <span className="legend-range">{s.status[key]}</span>
              <span className="muted">{fill(count === 1 ? t.map.classCountOne : t.map.classCount, { count })}</span>
            </li>
          );
        })}
      </ul>
      <p className="note">{status.hasTargets ? s.explain : s.noTargets}</p>
    </figure>
  );
}
