import { HeadlineCard } from '@/components/metrics/headline-card';
import { IllustrativeBadge } from '@/components/metrics/illustrative-badge';
import { SourceNote } from '@/components/metrics/source-note';
import { EmptyState } from '@/components/ui/empty-state';
import { Panel } from '@/components/ui/panel';
import { compareFirstLast, latestValued } from '@/lib/compare';
import { formatNumber, formatPercent, formatSignedNumber, formatSignedPercent } from '@/lib/format';
import { fill, getDictionary, type Lang } from '@/lib/i18n';
import { pointEdition } from '@/lib/provenance';
import { getIndicatorCached, getKrsSeries } from './data';

/** KRS now (latest edition) against the first edition, rendered on the server. */
export async function HeadlinePanel({ lang, region }: { lang: Lang; region: string }) {
  const t = getDictionary(lang);
  const [series, indicator] = await Promise.all([getKrsSeries(region), getIndicatorCached('krs_families')]);
  const last = latestValued(series.points);
  if (!last) {
    return (
      <Panel id="headline" title={t.headline.title} wide>
        <EmptyState lang={lang} />
      </Panel>
    );
  }
  const comparison = compareFirstLast(series.points, indicator.polarity);
  const change = comparison
    ? fill(t.headline.change, {
        change: formatSignedNumber(comparison.change, lang),
        changePct: comparison.changePct === null ? '–' : formatSignedPercent(comparison.changePct, lang, 1),
        edition: comparison.first.edition,
        value: formatNumber(comparison.first.value, lang),
      })
    : undefined;
  const assessmentLabel = comparison
    ? t.headline[comparison.assessment === 'neutral' ? 'unchanged' : comparison.assessment]
    : undefined;

  return (
    <Panel
      id="headline"
      title={t.headline.title}
      wide
      badges={last.origin === 'illustrative' ? <IllustrativeBadge lang={lang} /> : null}
    >
      <HeadlineCard
        value={formatNumber(last.value, lang)}
        caption={fill(t.headline.caption, { edition: last.edition })}
        change={change}
        direction={comparison?.direction}
        assessment={comparison?.assessment}
        assessmentLabel={assessmentLabel}
        detail={
          <>
            {last.rate !== null ? (
              <p className="muted">{fill(t.headline.rate, { rate: formatPercent(last.rate, lang, 2) })}</p>
            ) : null}
            {comparison ? null : <p className="muted">{t.headline.onlyOne}</p>}
          </>
        }
      />
      <SourceNote lang={lang} edition={pointEdition(series, last)} />
    </Panel>
  );
}
