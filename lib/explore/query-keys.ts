import type { MapStatus, MapTimeline } from '@/lib/api/explore-schemas';
import type { MapLevel, MapResponse, SeriesResponse } from '@/lib/api/schemas';

// TanStack Query keys and fetchers of the explore views. The server page fills the cache
// under these keys from the query functions; the client refetches the same keys from the
// public API, which calls the same query functions.

export type { MapLevel };

export type MapArgs = { indicator: string; parent: string; period: string; source?: string | null; level: MapLevel };
export type TimelineArgs = { indicator: string; parent: string; source?: string | null; level: MapLevel };
export type SeriesArgs = { indicator: string; region: string; source?: string | null };

export const exploreKeys = {
  map: (a: MapArgs) => ['map', a.indicator, a.parent, a.level, a.period, a.source ?? null] as const,
  status: (a: MapArgs) => ['map-status', a.indicator, a.parent, a.level, a.period, a.source ?? null] as const,
  timeline: (a: TimelineArgs) => ['map-timeline', a.indicator, a.parent, a.level, a.source ?? null] as const,
  series: (a: SeriesArgs) => ['series', a.indicator, a.region, a.source ?? null] as const,
};

export function apiUrl(path: string, params: Record<string, string | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  return `${path}?${search.toString()}`;
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export const exploreFetch = {
  map: (a: MapArgs) =>
    getJson<MapResponse>(
      apiUrl('/api/v1/map', { indicator: a.indicator, parent: a.parent, period: a.period, source: a.source, level: a.level }),
    ),
  status: (a: MapArgs) =>
    getJson<MapStatus>(
      apiUrl('/api/v1/map-status', {
        indicator: a.indicator,
        parent: a.parent,
        period: a.period,
        source: a.source,
        level: a.level,
      }),
    ),
  timeline: (a: TimelineArgs) =>
    getJson<MapTimeline>(
      apiUrl('/api/v1/map-timeline', { indicator: a.indicator, parent: a.parent, source: a.source, level: a.level }),
    ),
  series: (a: SeriesArgs) =>
    getJson<SeriesResponse>(apiUrl('/api/v1/series', { indicator: a.indicator, region: a.region, source: a.source })),
};
