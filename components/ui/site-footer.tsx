import Link from 'next/link';
import { getDictionary, href, type Lang } from '@/lib/i18n';
import { IllustrativeBadge } from '../metrics/illustrative-badge';

export function SiteFooter({ lang }: { lang: Lang }) {
  const t = getDictionary(lang).footer;
  return (
    <footer className="site-footer">
      <p>
        <IllustrativeBadge lang={lang} /> {t.illustrative}
      </p>
      <p>{t.sources}</p>
      <p>{t.privacy}</p>
      <p>
        <Link href={href(lang, '/data')}>{getDictionary(lang).portal.title}</Link> · <a href="/api/v1/openapi.json">{t.api}</a> ·{' '}
        <Link href={href(lang, '/masuk')}>{t.staff}</Link>
      </p>
    </footer>
  );
}
