import type { MetadataRoute } from 'next';
import { getDictionary } from '@/lib/i18n';

// The installable app (PWA). Indonesian first: the app opens at /, English is one tap away.
export default function manifest(): MetadataRoute.Manifest {
  const t = getDictionary('id').portal.offline;
  return {
    name: t.appName,
    short_name: t.appName,
    description: t.appDescription,
    lang: 'id',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#f4f5f7',
    theme_color: '#1b5e96',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
