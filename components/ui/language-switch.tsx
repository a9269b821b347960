'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { type Lang, switchLangHref } from '@/lib/i18n/lang';

/** Link to the same page in the other language. */
export function LanguageSwitch({ target, label, title }: { target: Lang; label: string; title: string }) {
  const pathname = usePathname() ?? '/';
  return (
    <Link
      className="lang-switch"
      prefetch={false}
      href={switchLangHref(pathname, target)}
      hrefLang={target}
      lang={target}
      title={title}
    >
      {label}
    </Link>
  );
}
