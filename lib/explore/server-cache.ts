import 'server-only';
import { dehydrate, QueryClient } from '@tanstack/react-query';
import { notFound } from 'next/navigation';
import { NotFoundError } from '@/db/queries/errors';
import { InvalidPeriodError } from '@/lib/period';

/**
 * Fills a fresh QueryClient on the server (each entry under the key the client uses) and
 * returns its dehydrated state. An unknown code or period in the URL is a 404 page.
 */
export async function prefetchExplore(fill: (client: QueryClient) => Promise<unknown>) {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY } } });
  try {
    await fill(client);
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof InvalidPeriodError) notFound();
    throw error;
  }
  return dehydrate(client);
}
