import { getDictionary, type Lang } from '@/lib/i18n';

/** What a panel shows when the region has no figures yet: a state, never an error. */
export function EmptyState({ lang }: { lang: Lang }) {
  const t = getDictionary(lang).common;
  return (
    <div className="empty-state" role="status">
      <p className="empty-title">{t.noData}</p>
      <p className="muted">{t.noDataHint}</p>
    </div>
  );
}
