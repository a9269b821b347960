import type { ExportTable } from '@/lib/api/explore-schemas';
import type { IndicatorDto, MapResponse, SeriesResponse, TargetDto } from '@/lib/api/schemas';
import { buildGlidePath, glideValue, trackStatus } from '@/lib/glide-path';
import { getDictionary, type Lang } from '@/lib/i18n';
import { periodMidpoint } from '@/lib/period';
import { SUPPRESSED_LABEL } from '@/lib/privacy/suppress';
import { editionLabel } from '@/lib/provenance';
import { toTargetMarks } from '../chart-data';

// The tables behind the explore charts, built once from the API shapes: the page renders
// them (numbers formatted for the language) and CSV/XLSX downloads write the very same
// rows and columns (raw numbers). Rates are rounded to two decimals in both; figures withheld
// for privacy read "<5" in all three.

const round2 = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

export function mapTable(map: MapResponse, indicatorName: string, lang: Lang): ExportTable {
  const t = getDictionary(lang).explore;
  const edition = map.meta.edition;
  return {
    title: `${indicatorName} · ${map.meta.period ?? '–'}`,
    columns: [
      { key: 'name', label: t.colRegion, numeric: false },
      { key: 'code', label: t.colCode, numeric: false },
      { key: 'value', label: t.colValue, numeric: true },
      { key: 'rate', label: t.colRate, numeric: true },
      { key: 'period', label: t.colPeriod, numeric: false },
      { key: 'edition', label: t.colEdition, numeric: false },
      { key: 'source', label: t.colSource, numeric: false },
      { key: 'origin', label: t.colOrigin, numeric: false },
    ],
    rows: map.features.map((f) => ({
      name: f.properties.name,
      code: f.properties.code,
      value: f.properties.suppressed ? SUPPRESSED_LABEL : f.properties.value,
      rate: f.properties.suppressed ? SUPPRESSED_LABEL : round2(f.properties.rate),
      period: map.meta.period,
      edition: edition ? editionLabel(edition, lang) : null,
      source: edition?.sourceName[lang] ?? null,
      origin: f.properties.origin === null ? null : t.origin[f.properties.origin],
    })),
  };
}

export type TrendRegion = { code: string; name: string; series: SeriesResponse };

/** One row per region and point: value, rate, the glide path's value at that date and the on-track mark. */
export function trendTable(
  regions: readonly TrendRegion[],
  indicator: IndicatorDto,
  targets: readonly TargetDto[],
  lang: Lang,
): ExportTable {
  const t = getDictionary(lang).explore;
  const marks = toTargetMarks(targets).map((m) => ({ x: m.x, value: m.value }));
  const rows = regions.flatMap((r) => {
    const points = r.series.points.map((p) => ({ ...p, x: periodMidpoint(p), shown: trendValue(p, indicator) }));
    const path = buildGlidePath(
      points.map((p) => ({ x: p.x, value: p.shown })),
      marks,
    );
    const sourceName = (code: string) => r.series.sources.find((s) => s.code === code)?.name[lang] ?? code;
    return points.map((p) => {
      const status = path ? trackStatus(path, { x: p.x, value: p.shown }, indicator.polarity) : null;
      return {
        region: r.name,
        code: r.code,
        period: p.period,
        edition: editionLabel(p, lang),
        source: sourceName(p.source),
        value: p.suppressed ? SUPPRESSED_LABEL : p.value,
        rate: p.suppressed ? SUPPRESSED_LABEL : round2(p.rate),
        glide: path ? round2(glideValue(path, p.x)) : null,
        status: status ? t.track[status] : null,
        origin: t.origin[p.origin],
      };
    });
  });
  return {
    title: indicator.name[lang],
    columns: [
      { key: 'region', label: t.colRegion, numeric: false },
      { key: 'code', label: t.colCode, numeric: false },
      { key: 'period', label: t.colPeriod, numeric: false },
      { key: 'edition', label: t.colEdition, numeric: false },
      { key: 'source', label: t.colSource, numeric: false },
      { key: 'value', label: t.colValue, numeric: true },
      { key: 'rate', label: t.colRate, numeric: true },
      { key: 'glide', label: t.colGlide, numeric: true },
      { key: 'status', label: t.colStatus, numeric: false },
      { key: 'origin', label: t.colOrigin, numeric: false },
    ],
    rows,
  };
}

/** What a trend line draws: the value for percent indicators, else the count. */
export function trendValue(p: { value: number | null; rate: number | null }, indicator: Pick<IndicatorDto, 'unit'>) {
  return indicator.unit === 'percent' ? (p.rate ?? p.value) : p.value;
}

/** "peta-krs_families-36.73.02-2024-S1-2026-11-27": the filters and the day of the download. */
export function exportFileName(parts: readonly (string | null | undefined)[], date: Date): string {
  const clean = parts.filter((p): p is string => Boolean(p)).map((p) => p.replace(/[^A-Za-z0-9._-]+/g, '_'));
  return [...clean, date.toISOString().slice(0, 10)].join('-');
}
