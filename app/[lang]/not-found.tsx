import Link from 'next/link';
import { lang as langParam } from 'next/root-params';
import { getDictionary, href, isLang } from '@/lib/i18n';

export default async function NotFound() {
  const value = await langParam();
  const lang = isLang(value) ? value : 'id';
  const t = getDictionary(lang).errors;
  return (
    <div className="message-page">
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundBody}</p>
      <p>
        <Link href={href(lang, '/')}>{t.home}</Link>
      </p>
    </div>
  );
}
