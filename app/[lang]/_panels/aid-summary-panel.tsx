import Link from 'next/link';
import { IllustrativeBadge } from '@/components/metrics/illustrative-badge';
import { getDb } from '@/db/server';
import { latestValued } from '@/lib/compare';
import { formatDate, formatMonthYear, formatNumber, formatRupiah } from '@/lib/format';
import { fill, getDictionary, href, type Lang } from '@/lib/i18n';
import { getSeries } from '@/lib/privacy/public-queries';
import { viewerPrivacy } from '@/lib/privacy/viewer';
import { editionLabel } from '@/lib/provenance';

/** One line on the overview: GENTING aid of the latest edition, linking to the interventions page. Nothing when there is none. */
export async function AidSummaryPanel({ lang, region }: { lang: Lang; region: string }) {
  const { interventions: t, common } = getDictionary(lang);
  const db = await getDb();
  const [families, value] = await Promise.all([
    getSeries(db, { indicator: 'genting_families_aided', region }, await viewerPrivacy()),
    getSeries(db, { indicator: 'aid_value_idr', region }, await viewerPrivacy()),
  ]);
  const last = latestValued(families.points);
  if (!last) return null;
  // Value of the same edition and period only: two releases are never mixed in one sentence.
  const worth = value.points.find((p) => p.edition === last.edition && p.periodStart === last.periodStart);
  const period = last.periodType === 'month' ? formatMonthYear(last.periodStart, lang) : last.period;
  return (
    <div className="panel panel-wide" id="aid-summary">
      <p>
        {fill(t.aidSummary, {
          period,
          families: formatNumber(last.value, lang),
          value: worth?.value == null ? '–' : formatRupiah(worth.value, lang),
        })}{' '}
        <span className="muted">
          ({editionLabel(last, lang)}; {fill(common.dataPer, { date: formatDate(last.releasedOn, lang) })})
        </span>{' '}
        {last.origin === 'illustrative' ? <IllustrativeBadge lang={lang} /> : null}{' '}
        <Link href={href(lang, '/intervensi')}>{t.aidSummaryLink}</Link>
      </p>
    </div>
  );
}
