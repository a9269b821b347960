import 'server-only';
import { cache } from 'react';
import { getDb } from '@/db/server';
import { getIndicator, getSeries } from '@/lib/cache/queries';

// Reads shared by several panels of one request (React's cache dedupes them per render).

export const getKrsSeries = cache(async (region: string) => getSeries(await getDb(), { indicator: 'krs_families', region }));

export const getIndicatorCached = cache(async (code: string) => getIndicator(await getDb(), code));
