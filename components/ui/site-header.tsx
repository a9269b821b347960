import Link from 'next/link';
import type { ReactNode } from 'react';
import { getDictionary, href, type Lang } from '@/lib/i18n';
import { LanguageSwitch } from './language-switch';
import { SiteNav } from './site-nav';

export function SiteHeader({ lang, regionName }: { lang: Lang; regionName: ReactNode }) {
  const dictionary = getDictionary(lang);
  const t = dictionary.header;
  const n = dictionary.nav;
  const other: Lang = lang === 'id' ? 'en' : 'id';
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <div className="site-header-inner">
        <div className="brand">
          <Link href={href(lang, '/')} prefetch={false} className="brand-name">
            {t.product}
          </Link>
          <span className="brand-region">{regionName}</span>
        </div>
        <p className="brand-tagline">{t.tagline}</p>
        <LanguageSwitch target={other} label={t.switchLabel} title={t.switchAria} />
      </div>
      <SiteNav
        lang={lang}
        label={n.label}
        items={[
          { path: '/', label: n.overview },
          { path: '/tren', label: n.trends },
          { path: '/peta', label: n.map },
          { path: '/faktor', label: n.factors },
          { path: '/intervensi', label: n.interventions },
          { path: '/presentasi', label: dictionary.deck.nav },
        ]}
      />
    </header>
  );
}
