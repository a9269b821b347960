'use client';

import { useEffect, useId, useState } from 'react';
import { fill } from '@/lib/i18n/fill';
import type { Lang } from '@/lib/i18n/lang';
import { widgetStrings } from '@/lib/i18n/sections/widgets';
import { composeSvg, downloadPng, downloadSvg, findDrawing } from './share-image';
import styles from './share-menu.module.css';

/**
 * Under every chart and map: download it as PNG or SVG with its title, source, edition and
 * date drawn in, and (where an embed exists) copy an iframe snippet that resizes itself.
 */
export function ShareMenu({
  lang,
  targetId,
  title,
  footer,
  filename,
  embedPath,
  embedQuery = false,
}: {
  lang: Lang;
  /** Id of the element that holds the chart's or map's SVG. */
  targetId: string;
  title: string;
  footer: string[];
  filename: string;
  /** The embed's path with its language prefix, e.g. /en/embed/peta */
  embedPath?: string;
  /** Carry the page's current URL state (explore views) into the embed. */
  embedQuery?: boolean;
}) {
  const t = widgetStrings(lang);
  // Downloads and the snippet need the browser: drawn after hydration only, which also keeps the
  // server HTML small enough that React streams the later panels inline for readers without JavaScript.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  const picture = () => {
    const container = document.getElementById(targetId);
    const drawing = container ? findDrawing(container) : null;
    return drawing ? composeSvg(drawing, { title, footer }) : null;
  };

  if (!ready) return null;
  return (
    <div className={styles.menu}>
      <span className={styles.label}>{t.share.label}:</span>
      <button
        type="button"
        className={styles.button}
        aria-label={fill(t.share.pngAria, { title })}
        onClick={() => {
          const svg = picture();
          if (svg) void downloadPng(svg, filename);
        }}
      >
        {t.share.png}
      </button>
      <button
        type="button"
        className={styles.button}
        aria-label={fill(t.share.svgAria, { title })}
        onClick={() => {
          const svg = picture();
          if (svg) downloadSvg(svg.markup, filename);
        }}
      >
        {t.share.svg}
      </button>
      {embedPath ? <EmbedSnippet lang={lang} path={embedPath} title={title} withQuery={embedQuery} /> : null}
    </div>
  );
}

/** The iframe snippet; the origin is filled in the browser, so it is right behind any proxy. */
function EmbedSnippet({ lang, path, title, withQuery }: { lang: Lang; path: string; title: string; withQuery: boolean }) {
  const t = widgetStrings(lang).embed;
  // Read from the browser (origin behind any proxy, the view's current query) when the box opens;
  // the server render has neither, and reading the query there would push the panel to the client.
  const [origin, setOrigin] = useState('');
  const [src, setSrc] = useState(path);
  const locate = () => {
    setOrigin(window.location.origin);
    setSrc(withQuery && window.location.search ? `${path}${window.location.search}` : path);
  };
  const id = useId();
  const [copied, setCopied] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once on mount; later on each opening of the box
  useEffect(locate, []);
  const frameTitle = fill(t.frameTitle, { title }).replaceAll('"', '&quot;');
  const code = `<iframe src="${origin}${src}" title="${frameTitle}" style="width:100%;border:0" height="480" loading="lazy"></iframe>\n<script src="${origin}/embed.js" async></script>`;
  return (
    <details className={styles.embed} onToggle={locate}>
      <summary>{t.summary}</summary>
      <p className={styles.hint}>{t.instructions}</p>
      <label htmlFor={id} className="visually-hidden">
        {t.codeLabel}
      </label>
      <textarea id={id} className={styles.code} readOnly rows={4} value={code} onFocus={(e) => e.currentTarget.select()} />
      <button
        type="button"
        className={styles.button}
        onClick={() => {
          void navigator.clipboard?.writeText(code).then(() => setCopied(true));
        }}
      >
        {copied ? t.copied : t.copy}
      </button>
    </details>
  );
}
