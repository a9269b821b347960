import { DataTable } from '@/components/charts/data-table';
import type { MapStatus } from '@/lib/api/explore-schemas';
import type { MapLevel } from '@/lib/api/schemas';
import { apiUrl } from '@/lib/explore/query-keys';
import { targetStatusColors, targetStatuses } from '@/lib/explore/target-status';
import { fill, getDictionary, type Lang } from '@/lib/i18n';
import { formatSuppressible } from '@/lib/privacy/suppress';

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

/** The numbers behind the status map: each region's figure, the glide path now, its target and status. */
export function TargetStatusTable({
  lang,
  status,
  caption,
  show,
  level,
}: {
  lang: Lang;
  status: MapStatus;
  caption: string;
  show: (v: number) => string;
  level: MapLevel;
}) {
  const t = getDictionary(lang);
  const e = t.explore;
  const csv = apiUrl('/api/v1/map-status', {
    indicator: status.indicator,
    parent: status.parent,
    period: status.period ?? 'latest',
    source: status.source,
    level,
    format: 'csv',
  });
  return (
    <>
      <DataTable
        caption={caption}
        collapsed={t.common.showTable}
        columns={[
          { key: 'name', label: e.colRegion },
          { key: 'value', label: e.colValue, numeric: true },
          { key: 'expected', label: e.colGlide, numeric: true },
          { key: 'target', label: e.tren.target },
          { key: 'status', label: e.colStatus },
        ]}
        rows={status.regions.map((r) => ({
          key: r.code,
          name: r.name,
          value: formatSuppressible(r.value, r.suppressed, show),
          expected: r.expected === null ? '–' : show(r.expected),
          target: r.target ? `${show(r.target.value)} (${r.target.period}, ${r.target.legalBasis})` : '–',
          status: t.exploreTargets.status[r.status],
        }))}
      />
      <p>
        <a className="button" href={csv} download>
          {e.downloadCsv}
        </a>
      </p>
    </>
  );
}
