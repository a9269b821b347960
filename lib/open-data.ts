import type { TableQuery } from '@/lib/api/explore-schemas';

// The open-data downloads (/data, the ZIP): every public indicator by region level and
// period, each one a view of /api/v1/table so a download, the API and the table on screen
// are the same rows and columns.

export const LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

export const openDataLevels = ['kota', 'kecamatan', 'kelurahan'] as const;
export type OpenDataLevel = (typeof openDataLevels)[number];

export const isOpenDataLevel = (value: unknown): value is OpenDataLevel =>
  typeof value === 'string' && (openDataLevels as readonly string[]).includes(value);

/**
 * The table behind one download: the kab/kota over time (its trend table, every period), or
 * its kecamatan or all its kelurahan in one period (the map table).
 */
export function openDataTableQuery(
  view: { indicator: string; level: OpenDataLevel; period: string; lang: 'id' | 'en' },
  root: string,
): Omit<TableQuery, 'format'> {
  const base = {
    lang: view.lang,
    indicator: view.indicator,
    region: root,
    period: 'latest' as string,
    level: 'children' as const,
  };
  if (view.level === 'kota') return { ...base, view: 'trend' };
  return { ...base, view: 'map', period: view.period, level: view.level === 'kelurahan' ? 'village' : 'children' };
}

/** The /api/v1/table parameters of a view, for download links and examples. */
export function tableParams(query: Omit<TableQuery, 'format'>): Record<string, string> {
  const params: Record<string, string> = { view: query.view, indicator: query.indicator, region: query.region, lang: query.lang };
  if (query.view === 'map') {
    params.period = query.period;
    if (query.level === 'village') params.level = 'village';
  }
  return params;
}
