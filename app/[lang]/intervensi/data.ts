import 'server-only';
import { cache } from 'react';
import { getDb } from '@/db/server';
import { getCoverage, listActivities, listRegions } from '@/lib/cache/queries';

// Reads shared by several panels of the interventions page (deduplicated per request).

export const getActivitiesCached = cache(async (region: string) => listActivities(await getDb(), { region }));

export const getCoverageCached = cache(async (region: string) => getCoverage(await getDb(), { region, period: 'latest' }));

export const getDistrictsCached = cache(async (region: string) => listRegions(await getDb(), { parent: region }));

/** The kecamatan asked for in the URL if it lies in `region`, else the one with the most KRS not yet reached. */
export async function resolveKecamatan(region: string, requested: string | undefined): Promise<string | null> {
  const districts = await getDistrictsCached(region);
  if (requested && districts.some((d) => d.code === requested)) return requested;
  const coverage = await getCoverageCached(region);
  const gapOf = (code: string) => coverage.data.filter((r) => r.districtCode === code).reduce((a, r) => a + (r.gap ?? 0), 0);
  const ranked = [...districts].sort((a, b) => gapOf(b.code) - gapOf(a.code) || a.code.localeCompare(b.code));
  return ranked[0]?.code ?? null;
}
