import Link from 'next/link';
import { DataTable } from '@/components/charts/data-table';
import { IllustrativeBadge } from '@/components/metrics/illustrative-badge';
import { SourceNote } from '@/components/metrics/source-note';
import { EmptyState } from '@/components/ui/empty-state';
import { Panel } from '@/components/ui/panel';
import { getDb } from '@/db/server';
import { getFactorChange, listIndicators } from '@/lib/cache/queries';
import { formatDate, formatNumber, formatSignedNumber, formatSignedPercent } from '@/lib/format';
import { fill, getDictionary, href, type Lang } from '@/lib/i18n';
import { anyIllustrative, shortFactorName } from '@/lib/provenance';
import { rankBy } from '@/lib/rank';
import { getActivitiesCached } from '../data';
import styles from '../intervensi.module.css';

/** Per kecamatan: families reached by the programmes aimed at one factor, against that factor's change. */
export async function FactorPanel({
  lang,
  region,
  factor,
  kecamatan,
}: {
  lang: Lang;
  region: string;
  factor: string | null;
  kecamatan: string | null;
}) {
  const t = getDictionary(lang).interventions;
  const [{ programs }, riskFactors] = await Promise.all([
    getActivitiesCached(region),
    listIndicators(await getDb(), { domain: 'risk_factor' }),
  ]);
  // Only factors some programme targets, in the catalogue's order (unsafe water first).
  const indicators = riskFactors.filter((i) => programs.some((p) => p.riskFactor === i.code));
  const factors = indicators.map((i) => i.code);
  const chosen = factor && factors.includes(factor) ? factor : factors[0];
  if (!chosen) {
    return (
      <Panel id="factor" title={t.factorTitle} wide>
        <EmptyState lang={lang} />
      </Panel>
    );
  }
  const change = await getFactorChange(await getDb(), { region, factor: chosen });
  const programNames = programs
    .filter((p) => change.programs.includes(p.code))
    .map((p) => p.name[lang])
    .join(', ');
  const query = (code: string) => `/intervensi?factor=${code}${kecamatan ? `&kec=${kecamatan}` : ''}#factor`;
  const illustrative = anyIllustrative(change.data.map((r) => r.origin));
  const count = (v: number | null) => (v === null ? t.noData : formatNumber(v, lang));

  return (
    <Panel id="factor" title={t.factorTitle} wide badges={illustrative ? <IllustrativeBadge lang={lang} /> : null}>
      <nav aria-label={t.factorChoose}>
        <ul className={styles.choices}>
          {indicators.map((i) => (
            <li key={i.code}>
              <Link href={href(lang, query(i.code))} aria-current={i.code === chosen ? 'true' : undefined}>
                {shortFactorName(i.name[lang])}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p>{fill(t.factorPrograms, { programs: programNames || '–' })}</p>
      <p className="note">{t.caveat}</p>
      {change.before && change.after && change.window ? (
        <>
          <DataTable
            caption={fill(t.factorCaption, {
              programs: programNames,
              from: formatDate(change.window.from, lang),
              to: formatDate(change.window.to, lang),
              before: change.before.edition,
              after: change.after.edition,
            })}
            columns={[
              { key: 'name', label: t.colKecamatan },
              { key: 'reached', label: t.colFamilies, numeric: true },
              { key: 'intensity', label: t.colIntensity, numeric: true },
              { key: 'before', label: fill(t.colBefore, { edition: change.before.edition }), numeric: true },
              { key: 'after', label: fill(t.colAfter, { edition: change.after.edition }), numeric: true },
              { key: 'change', label: t.colChange, numeric: true },
              { key: 'changePct', label: t.colChangePct, numeric: true },
            ]}
            rows={rankBy(change.data, (r) => r.intensity, { name: (r) => r.name }).map((r) => ({
              key: r.code,
              name: r.name,
              reached: formatNumber(r.reached, lang),
              intensity: count(r.intensity),
              before: count(r.before),
              after: count(r.after),
              change: r.change === null ? t.noData : formatSignedNumber(r.change, lang),
              changePct: r.changePct === null ? t.noData : formatSignedPercent(r.changePct, lang, 1),
            }))}
          />
          <SourceNote lang={lang} edition={change.after} illustrative={illustrative} />
        </>
      ) : (
        <p className="muted">{t.factorNone}</p>
      )}
    </Panel>
  );
}
