import { z } from 'zod';
import { classMethods } from '@/lib/classify';
import { mapLevel, refineMapLevel, regionSchema, withheldFlag } from './schemas';

// API contract of the explore views (/peta, /tren, /faktor): the map's time line (every
// period a child-region map exists for, with all its rates, for fixed class breaks) and the
// tables behind each chart, which the CSV/XLSX downloads repeat column for column.

const regionCode = z.string().regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, 'a Kemendagri region code such as 36.73');
const indicatorCode = z.string().regex(/^[a-z][a-z0-9_]{1,63}$/, 'an indicator code such as krs_families');
const sourceCode = z.string().regex(/^[a-z][a-z0-9_]{1,31}$/, 'a data source code such as bkkbn_pk');
const periodLabel = z
  .string()
  .regex(/^(19|20)\d{2}(-S[12]|-Q[1-4]|-(0[1-9]|1[0-2]))?$/, 'a period such as 2024 or 2024-S1 (years 1900 to 2099)');

export const mapTimelineQuerySchema = z
  .object({
    indicator: indicatorCode,
    parent: regionCode,
    source: sourceCode.optional(),
    level: mapLevel,
    format: z.enum(['json', 'csv']).default('json'),
  })
  .superRefine(refineMapLevel('parent'));
export type MapTimelineQuery = z.infer<typeof mapTimelineQuerySchema>;

export const mapTimelinePeriodSchema = z.object({
  period: z.string(),
  edition: z.string(),
  editionName: z.string(),
  editionNameEn: z.string().nullable(),
  /** the rate of every child region with a figure in this period (for fixed class breaks) */
  rates: z.array(z.number()),
});

export const mapTimelineSchema = z.object({
  indicator: z.string(),
  parent: z.string(),
  source: z.string().nullable(),
  /** from the configured kab/kota down to `parent`, for the breadcrumb */
  path: z.array(regionSchema),
  periods: z.array(mapTimelinePeriodSchema),
});
export type MapTimeline = z.infer<typeof mapTimelineSchema>;

/** The table under a chart: what the screen shows, and what CSV and XLSX contain. */
export const tableQuerySchema = z
  .object({
    view: z.enum(['map', 'trend']),
    lang: z.enum(['id', 'en']).default('id'),
    indicator: indicatorCode,
    region: regionCode,
    /** trend: more regions to compare, comma separated */
    compare: z.string().optional(),
    period: z.union([z.literal('latest'), periodLabel]).default('latest'),
    source: sourceCode.optional(),
    method: z.enum(classMethods).optional(),
    /** map: children (default), district or village, as on /api/v1/map */
    level: mapLevel,
    format: z.enum(['json', 'csv', 'xlsx']).default('json'),
  })
  .superRefine(refineMapLevel('region'));
export type TableQuery = z.infer<typeof tableQuerySchema>;

export const tableCell = z.union([z.string(), z.number(), z.null()]);
export const tableSchema = z.object({
  title: z.string(),
  columns: z.array(z.object({ key: z.string(), label: z.string(), numeric: z.boolean() })),
  rows: z.array(z.record(z.string(), tableCell)),
});
export type ExportTable = z.infer<typeof tableSchema>;

/** /peta "Status target" (queried like /api/v1/map): each child region's standing against the targets that apply to it. */
export const mapStatusSchema = z.object({
  indicator: z.string(),
  parent: z.string(),
  period: z.string().nullable(),
  source: z.string().nullable(),
  /** false when no target (own or national) exists for this indicator in any region shown */
  hasTargets: z.boolean(),
  regions: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      status: z.enum(['on_track', 'off_track', 'baseline', 'no_target', 'no_data']),
      /** the figure compared: the rate for percent indicators, else the count */
      value: z.number().nullable(),
      /** the glide path's value at the shown period */
      expected: z.number().nullable(),
      target: z.object({ period: z.string(), value: z.number(), legalBasis: z.string(), national: z.boolean() }).nullable(),
      suppressed: withheldFlag,
    }),
  ),
});
export type MapStatus = z.infer<typeof mapStatusSchema>;
