'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { href, type Lang, stripLang } from '@/lib/i18n/lang';

export type NavItem = { path: string; label: string };

/**
 * The product's main sections; the current one is marked for assistive technology too.
 * No prefetch: on a phone it fetched every section's payload while the first page was still loading.
 */
export function SiteNav({ lang, items, label }: { lang: Lang; items: NavItem[]; label: string }) {
  const current = stripLang(usePathname() ?? '/');
  return (
    <nav className="site-nav" aria-label={label}>
      <ul>
        {items.map((item) => {
          const active = item.path === '/' ? current === '/' : current === item.path || current.startsWith(`${item.path}/`);
          return (
            <li key={item.path}>
              <Link href={href(lang, item.path)} prefetch={false} aria-current={active ? 'page' : undefined}>
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
