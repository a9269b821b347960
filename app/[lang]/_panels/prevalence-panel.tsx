import { DataTable } from '@/components/charts/data-table';
import { ShareMenu } from '@/components/charts/share-menu';
import { panelEmbedPath } from '@/components/embed/panel-embed';
import { IllustrativeBadge } from '@/components/metrics/illustrative-badge';
import { SourceNote, sourceLines } from '@/components/metrics/source-note';
import { EmptyState } from '@/components/ui/empty-state';
import { Panel } from '@/components/ui/panel';
import { getDb } from '@/db/server';
import { listTargets } from '@/lib/cache/queries';
import { toTargetMarks, toTimeline } from '@/lib/chart-data';
import { latestValued } from '@/lib/compare';
import { formatPercent } from '@/lib/format';
import { fill, getDictionary, type Lang } from '@/lib/i18n';
import { getSeries } from '@/lib/privacy/public-queries';
import { viewerPrivacy } from '@/lib/privacy/viewer';
import { anyIllustrative, editionLabel, pointEdition } from '@/lib/provenance';
import { LazyPrevalenceChart } from './lazy-charts';

/** Survey prevalence (SSGBI/SSGI/SKI, one source) against the national targets. */
export async function PrevalencePanel({ lang, region }: { lang: Lang; region: string }) {
  const t = getDictionary(lang);
  const db = await getDb();
  const [series, targets] = await Promise.all([
    getSeries(db, { indicator: 'stunting_prevalence', region, source: 'ssgi' }, await viewerPrivacy()),
    listTargets(db, { indicator: 'stunting_prevalence', region }),
  ]);
  const points = series.points.filter((p) => p.value !== null);
  const last = latestValued(points);
  if (!last) {
    return (
      <Panel id="prevalence" title={t.prevalence.title} wide>
        <p className="note">{t.prevalence.note}</p>
        <EmptyState lang={lang} />
      </Panel>
    );
  }
  const next = targets.find((target) => target.periodStart > last.periodStart) ?? targets.at(-1);
  const rows = [
    ...points.map((p) => ({
      sort: `${p.periodStart}-0`,
      key: `s-${p.edition}`,
      period: p.period,
      value: formatPercent(p.value as number, lang, 1),
      kind: (
        <>
          {t.prevalence.survey} {p.origin === 'illustrative' ? <IllustrativeBadge lang={lang} /> : null}
        </>
      ),
      basis: editionLabel(p, lang),
    })),
    ...targets.map((target) => ({
      sort: `${target.periodStart}-1`,
      key: `t-${target.period}-${target.legalBasis}`,
      period: target.period,
      value: formatPercent(target.value, lang, 1),
      kind: t.prevalence.target,
      basis: target.legalBasis,
    })),
  ].sort((a, b) => a.sort.localeCompare(b.sort));

  return (
    <Panel
      id="prevalence"
      title={t.prevalence.title}
      wide
      badges={anyIllustrative(points.map((p) => p.origin)) ? <IllustrativeBadge lang={lang} /> : null}
    >
      <p className="note">{t.prevalence.note}</p>
      <p className="summary">
        {next
          ? fill(t.prevalence.summary, {
              value: formatPercent(last.value, lang, 1),
              period: last.period,
              target: formatPercent(next.value, lang, 1),
              targetPeriod: next.period,
              basis: next.legalBasis,
            })
          : fill(t.prevalence.summaryNoTarget, { value: formatPercent(last.value, lang, 1), period: last.period })}
      </p>
      <LazyPrevalenceChart
        lang={lang}
        points={toTimeline(points)}
        targets={toTargetMarks(targets)}
        label={t.prevalence.chartLabel}
        valueName={t.prevalence.valueName}
      />
      {targets.length > 0 ? (
        <p className="muted target-line">
          <span className="target-mark" aria-hidden="true" />{' '}
          {fill(t.prevalence.targetsLine, {
            list: targets
              .map((target) => `${formatPercent(target.value, lang, 1)} (${target.period}, ${target.legalBasis})`)
              .join(' · '),
          })}
        </p>
      ) : null}
      <DataTable
        caption={t.prevalence.title}
        collapsed={t.common.showTable}
        columns={[
          { key: 'period', label: t.prevalence.colPeriod },
          { key: 'value', label: t.prevalence.colValue, numeric: true },
          { key: 'kind', label: t.prevalence.colKind },
          { key: 'basis', label: t.prevalence.colBasis },
        ]}
        rows={rows}
      />
      <SourceNote lang={lang} edition={pointEdition(series, last)} />
      <ShareMenu
        lang={lang}
        targetId="prevalence"
        title={t.prevalence.title}
        footer={sourceLines(lang, pointEdition(series, last), anyIllustrative(points.map((p) => p.origin)))}
        filename="prevalensi-stunting"
        embedPath={panelEmbedPath(lang, 'prevalensi', region)}
      />
    </Panel>
  );
}
