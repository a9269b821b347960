import { DataTable } from '@/components/charts/data-table';
import { ShareMenu } from '@/components/charts/share-menu';
import { panelEmbedPath } from '@/components/embed/panel-embed';
import { IllustrativeBadge } from '@/components/metrics/illustrative-badge';
import { SourceNote, sourceLines } from '@/components/metrics/source-note';
import { EmptyState } from '@/components/ui/empty-state';
import { Panel } from '@/components/ui/panel';
import { getDb } from '@/db/server';
import { formatNumber, formatPercent } from '@/lib/format';
import { fill, getDictionary, type Lang } from '@/lib/i18n';
import { getBreakdown } from '@/lib/privacy/public-queries';
import { formatSuppressible } from '@/lib/privacy/suppress';
import { viewerPrivacy } from '@/lib/privacy/viewer';
import { anyIllustrative, shortFactorName } from '@/lib/provenance';
import { rankBy } from '@/lib/rank';
import { LazyRiskFactorChart } from './lazy-charts';

/** Share of families at risk with each risk factor, latest edition. */
export async function RiskFactorPanel({ lang, region }: { lang: Lang; region: string }) {
  const t = getDictionary(lang);
  const breakdown = await getBreakdown(await getDb(), { region, domain: 'risk_factor', period: 'latest' }, await viewerPrivacy());
  const rows = rankBy(breakdown.data, (r) => r.share, { name: (r) => r.name[lang] });
  if (rows.length === 0) {
    return (
      <Panel id="risk" title={t.risk.title}>
        <EmptyState lang={lang} />
      </Panel>
    );
  }
  const top = rows.find((r) => r.share !== null);
  const bars = rows.flatMap((r) =>
    r.share === null
      ? []
      : [{ code: r.indicator, name: shortFactorName(r.name[lang]), share: r.share, illustrative: r.origin === 'illustrative' }],
  );

  return (
    <Panel
      id="risk"
      title={t.risk.title}
      badges={anyIllustrative(rows.map((r) => r.origin)) ? <IllustrativeBadge lang={lang} /> : null}
    >
      <p className="note">{t.risk.note}</p>
      {top?.share != null ? (
        <p className="summary">
          {fill(t.portal.a11y.riskSummary, { factor: top.name[lang], share: formatPercent(top.share, lang, 1) })}
        </p>
      ) : null}
      {bars.length > 0 ? (
        <LazyRiskFactorChart lang={lang} rows={bars} label={t.risk.chartLabel} shareName={t.risk.shareName} />
      ) : null}
      <DataTable
        caption={t.risk.title}
        collapsed={t.common.showTable}
        columns={[
          { key: 'factor', label: t.risk.colFactor },
          { key: 'families', label: t.risk.colFamilies, numeric: true },
          { key: 'share', label: t.risk.colShare, numeric: true },
        ]}
        rows={rows.map((r) => ({
          key: r.indicator,
          factor: (
            <>
              {r.name[lang]} {r.origin === 'illustrative' ? <IllustrativeBadge lang={lang} /> : null}
            </>
          ),
          families: formatSuppressible(r.value, r.suppressed, (n) => formatNumber(n, lang)),
          share: formatSuppressible(r.share, r.suppressed, (n) => formatPercent(n, lang, 1)),
        }))}
      />
      {breakdown.edition ? (
        <SourceNote lang={lang} edition={breakdown.edition} illustrative={rows.some((r) => r.origin === 'illustrative')} />
      ) : null}
      {breakdown.edition ? (
        <ShareMenu
          lang={lang}
          targetId="risk"
          title={t.risk.title}
          footer={sourceLines(
            lang,
            breakdown.edition,
            rows.some((r) => r.origin === 'illustrative'),
          )}
          filename="krs-faktor-risiko"
          embedPath={panelEmbedPath(lang, 'faktor', region)}
        />
      ) : null}
    </Panel>
  );
}
