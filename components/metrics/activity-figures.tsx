import { formatDate, formatNumber } from '@/lib/format';
import { fill, getDictionary, type Lang } from '@/lib/i18n';
import type { Output } from '@/lib/interventions';
import styles from './activity-figures.module.css';

// Pieces shared by every view of programme activities: outputs per unit, provenance.

/** "sambungan rumah: 120 sambungan" per aid type and unit; a dash when nothing was counted. */
export function OutputList({ lang, outputs }: { lang: Lang; outputs: Output[] }) {
  if (outputs.length === 0) return <>–</>;
  return (
    <ul className={styles.outputs}>
      {outputs.map((o) => (
        <li key={`${o.aidType}-${o.unit}`}>
          {o.aidType ? `${o.aidType}: ` : ''}
          {formatNumber(o.quantity, lang)} {o.unit ?? ''}
        </li>
      ))}
    </ul>
  );
}

/** Where activity figures come from: the import batches and the date of the latest activity. */
export function ActivitySourceNote({
  lang,
  sources,
  dataPer,
}: {
  lang: Lang;
  sources: { description: string; origin: string }[];
  dataPer: string | null;
}) {
  const t = getDictionary(lang);
  return (
    <p className="source-note">
      <span>
        {t.common.source}: {t.interventions.activitySource}
        {sources.length ? ` (${sources.map((s) => s.description).join('; ')})` : ''}
      </span>
      {dataPer ? <span>{fill(t.common.dataPer, { date: formatDate(dataPer, lang) })}</span> : null}
      {sources.some((s) => s.origin === 'illustrative') ? <span>{t.common.illustrativeTitle}</span> : null}
    </p>
  );
}
