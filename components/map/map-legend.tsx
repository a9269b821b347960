import type { Classification } from '@/lib/classify';
import { formatPercent } from '@/lib/format';
import { fill, getDictionary, type Lang } from '@/lib/i18n';

/** Class ranges with their colour and how many regions fall in each, plus the no-data entry. */
export function MapLegend({
  lang,
  classification,
  title,
  methodLabel,
}: {
  lang: Lang;
  classification: Classification;
  title: string;
  /** The method's name when it is neither quantile nor ckmeans (the explorer passes its own). */
  methodLabel?: string;
}) {
  const t = getDictionary(lang).map;
  const method = methodLabel ?? (classification.method === 'ckmeans' ? t.methodCkmeans : t.methodQuantile);
  const range = (min: number, max: number) =>
    min === max ? formatPercent(min, lang, 1) : `${formatPercent(min, lang, 1)} – ${formatPercent(max, lang, 1)}`;
  return (
    <figure className="legend">
      <figcaption>
        <strong>{title}</strong> <span className="muted">{fill(t.methodLabel, { method })}</span>
      </figcaption>
      <ul>
        {classification.bins.map((bin) => (
          <li key={`${bin.min}-${bin.max}`}>
            <span className="swatch" style={{ background: bin.color }} aria-hidden="true" />
            <span className="legend-range">{range(bin.min, bin.max)}</span>
            <span className="muted">{fill(bin.count === 1 ? t.classCountOne : t.classCount, { count: bin.count })}</span>
          </li>
        ))}
        <li>
          <span className="swatch swatch-no-data" aria-hidden="true" />
          <span className="legend-range">{t.noData}</span>
          <span className="muted">
            {fill(classification.noDataCount === 1 ? t.classCountOne : t.classCount, { count: classification.noDataCount })}
          </span>
        </li>
      </ul>
    </figure>
  );
}
