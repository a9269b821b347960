'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';
import { formatDateTime } from '@/lib/format';
import { fill } from '@/lib/i18n/fill';
import type { Lang } from '@/lib/i18n/lang';
import { widgetStrings } from '@/lib/i18n/sections/widgets';

/**
 * Registers the service worker (public/sw.js) and asks it to keep this page and its files.
 * Offline, the page shows when it was saved: `renderedAt` is the moment the server drew it,
 * which for a page opened from the cache is when it was stored.
 */
export function OfflineSupport({ lang, renderedAt }: { lang: Lang; renderedAt: string }) {
  const [offline, setOffline] = useState(false);
  const pathname = usePathname();

  useEffect(() => {
    const update = () => setOffline(!navigator.onLine);
    update();
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);

  // Again after each client-side navigation, so every page viewed is kept, not only the first.
  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname is the trigger, location.href the value
  useEffect(() => {
    if (!('serviceWorker' in navigator) || !navigator.onLine) return;
    navigator.serviceWorker
      .register('/sw.js')
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        const files = performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((name) => name.startsWith(`${location.origin}/_next/static/`));
        registration.active?.postMessage({ type: 'pantau-keep', urls: [location.href, ...files] });
      })
      .catch(() => {
        // No service worker (private mode, old browser): the site works online as before.
      });
  }, [pathname]);

  if (!offline) return null;
  return (
    <p className="offline-stamp" role="status">
      {fill(widgetStrings(lang).offline.savedAt, { date: formatDateTime(renderedAt, lang) })}
    </p>
  );
}
