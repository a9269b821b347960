import { getDictionary, type Lang } from '@/lib/i18n';

/** Marks a panel, row or figure that shows illustrative demo data, not an official number. */
export function IllustrativeBadge({ lang }: { lang: Lang }) {
  const t = getDictionary(lang).common;
  return (
    <span className="badge badge-illustrative" title={t.illustrativeTitle}>
      {t.illustrative}
    </span>
  );
}
