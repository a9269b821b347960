import type { ReactNode } from 'react';
import { getDictionary, type Lang } from '@/lib/i18n';
import styles from './embed-frame.module.css';
import { ReportHeight } from './report-height';

export type EmbedTheme = 'light' | 'dark';

/** `?theme=dark` picks the dark palette; anything else is light. */
export function embedTheme(value: string | string[] | undefined): EmbedTheme {
  return value === 'dark' ? 'dark' : 'light';
}

/** An embedded view: the content, a link back to the full page, and the height reported to the host page. */
export function EmbedFrame({
  lang,
  theme,
  fullHref,
  children,
}: {
  lang: Lang;
  theme: EmbedTheme;
  fullHref: string;
  children: ReactNode;
}) {
  const t = getDictionary(lang).portal.embed;
  return (
    <main className={styles.embed} data-theme={theme}>
      {children}
      <p className={styles.back}>
        <a href={fullHref} target="_blank" rel="noopener">
          {t.fullPage}
        </a>
      </p>
      <ReportHeight />
    </main>
  );
}
