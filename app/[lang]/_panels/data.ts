import 'server-only';
import { cache } from 'react';
import { getDb } from '@/db/server';
import { getIndicator } from '@/lib/cache/queries';
import { getSeries } from '@/lib/privacy/public-queries';
import { viewerPrivacy } from '@/lib/privacy/viewer';

// Reads shared by several panels of one request (React's cache dedupes them per render).

export const getKrsSeries = cache(async (region: string) =>
  getSeries(await getDb(), { indicator: 'krs_families', region }, await viewerPrivacy()),
);

export const getIndicatorCached = cache(async (code: string) => getIndicator(await getDb(), code));
