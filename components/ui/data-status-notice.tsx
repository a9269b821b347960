import { connection } from 'next/server';
import { publicCache } from '@/lib/cache/public';
import { formatDateTime } from '@/lib/format';
import { fill, getDictionary, type Lang } from '@/lib/i18n';

/**
 * Says so when the database cannot be reached and the page shows the last saved copy of
 * its figures (see lib/cache). Renders nothing while the database answers.
 */
export async function DataStatusNotice({ lang }: { lang: Lang }) {
  await connection();
  const cache = publicCache();
  await cache.ensureReachable().catch(() => undefined);
  const status = cache.status();
  if (status.reachable) return null;
  const t = getDictionary(lang).dataStatus;
  return (
    <p className="note data-status-notice" role="status">
      {status.lastVerifiedAt === null
        ? t.unreachableNoCopy
        : fill(t.unreachable, { time: formatDateTime(status.lastVerifiedAt, lang, 'Asia/Jakarta') })}
    </p>
  );
}
