'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/next/app';
import { type ReactNode, useState } from 'react';

// Only the explore views that refresh from the public JSON API (/peta, /tren and their embeds)
// wrap themselves in this: TanStack Query and nuqs stay out of every other page's JavaScript.
// One QueryClient per browser session (per request on the server); nuqs keeps the view in the URL.
export function ExploreProviders({ children }: { children: ReactNode }) {
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 5 * 60_000, refetchOnWindowFocus: false } } }),
  );
  return (
    <QueryClientProvider client={client}>
      <NuqsAdapter>{children}</NuqsAdapter>
    </QueryClientProvider>
  );
}
