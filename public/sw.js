// Pantau Stunting service worker (hand-written, no build step). Public pages are fetched
// from the network first and kept in a cache, so the last viewed pages open offline; the
// page itself then shows when it was saved. Staff pages and signed-in responses are never kept.

const PAGES = 'pantau-pages-v1';
const ASSETS = 'pantau-assets-v1';
const MAX_PAGES = 40;
// Paths that are never stored: data management, sign-in, authentication and the admin API.
const PRIVATE = /^\/(?:en\/)?(?:admin|masuk)(?:\/|$)|^\/api\/(?:auth|admin)(?:\/|$)/;
// proxy.ts marks every response to a request that carries a session cookie.
const SIGNED_IN_HEADER = 'x-pantau-signed-in';

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== PAGES && key !== ASSETS) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

function storable(request, response) {
  const url = new URL(request.url);
  return (
    url.origin === self.location.origin &&
    !PRIVATE.test(url.pathname) &&
    response.ok &&
    response.type === 'basic' &&
    !response.headers.has(SIGNED_IN_HEADER)
  );
}

async function trim(cache) {
  const keys = await cache.keys();
  for (const key of keys.slice(0, Math.max(0, keys.length - MAX_PAGES))) await cache.delete(key);
}

async function store(request, response) {
  if (!storable(request, response)) {
    // A signed-in visitor's device keeps nothing the public could not see anyway.
    if (response.headers.has(SIGNED_IN_HEADER)) await caches.delete(PAGES);
    return;
  }
  const cache = await caches.open(PAGES);
  await cache.delete(request, { ignoreVary: true });
  await cache.put(request, response);
  await trim(cache);
}

async function networkFirst(request) {
  try {
    const response = await fetch(request);
    await store(request, response.clone());
    return response;
  } catch (error) {
    const cached = await caches.match(request, { cacheName: PAGES, ignoreVary: true });
    if (cached) return cached;
    throw error;
  }
}

/** Build output under /_next/static never changes under one name: the cache answers first. */
async function cacheFirst(request) {
  const cached = await caches.match(request, { cacheName: ASSETS });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(ASSETS)).put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || PRIVATE.test(url.pathname)) return;
  if (url.pathname.startsWith('/_next/static/')) {
    event.respondWith(cacheFirst(request));
    return;
  }
  // Pages only: the numbers are in the server's HTML. API answers (which may differ for a
  // signed-in viewer) and client-side navigation requests are left to the network.
  if (request.mode === 'navigate') event.respondWith(networkFirst(request));
});

// The page that registered us lists what it was built from (its own URL and its scripts and
// styles), so even the first visit can be reopened offline.
self.addEventListener('message', (event) => {
  if (event.data?.type !== 'pantau-keep' || !Array.isArray(event.data.urls)) return;
  event.waitUntil(
    Promise.all(
      event.data.urls.map(async (href) => {
        const url = new URL(href, self.location.origin);
        if (url.origin !== self.location.origin || PRIVATE.test(url.pathname)) return;
        const request = new Request(url.href, { credentials: 'same-origin' });
        try {
          if (url.pathname.startsWith('/_next/static/')) await cacheFirst(request);
          else await store(request, await fetch(request));
        } catch {
          // Offline while saving: the page stays as it was last stored.
        }
      }),
    ),
  );
});
