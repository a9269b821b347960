import { z } from 'zod';
import {
  boundaryProvenances,
  dataOrigins,
  indicatorDomains,
  indicatorUnits,
  observationStatuses,
  periodTypes,
  polarities,
  regionLevels,
} from '@/db/schema/enums';

// The public API v1 contract: request parameters and response bodies. The route handlers
// validate with these, the DAL returns these shapes, and the e2e tests check against them.

export const regionCode = z
  .string()
  .regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, 'a Kemendagri region code such as 36.73 or 36.73.02');
const indicatorCode = z.string().regex(/^[a-z][a-z0-9_]{1,63}$/, 'an indicator code such as krs_families');
const sourceCode = z.string().regex(/^[a-z][a-z0-9_]{1,31}$/, 'a data source code such as bkkbn_pk');
/** 2023, 2024-S1, 2024-Q3, 2024-06 */
export const periodLabel = z
  .string()
  .regex(
    /^(19|20)\d{2}(-S[12]|-Q[1-4]|-(0[1-9]|1[0-2]))?$/,
    'a period such as 2024, 2024-S1, 2024-Q3 or 2024-06 (years 1900 to 2099)',
  );
const format = z.enum(['json', 'csv']).default('json');

/** Present and true when the figures of this row are withheld for privacy; they are null then. */
export const withheldFlag = z
  .boolean()
  .optional()
  .describe(
    'true when the figures are withheld for privacy (a kelurahan count of 1-4, a figure computed from one, or the next-smallest kelurahan of the same kecamatan); value, numerator, denominator, rate and share are null then, and CSV/XLSX downloads write "<5"',
  );

export const localized = z.object({ id: z.string(), en: z.string() });
export type Localized = z.infer<typeof localized>;

// ---- requests ----

export const indicatorsQuerySchema = z.object({ domain: z.enum(indicatorDomains).optional(), format });

export const regionsQuerySchema = z.object({ parent: regionCode.optional(), format });

export const seriesQuerySchema = z.object({
  indicator: indicatorCode,
  region: regionCode,
  source: sourceCode.optional(),
  from: periodLabel.optional(),
  to: periodLabel.optional(),
  format,
});
export type SeriesQuery = z.infer<typeof seriesQuerySchema>;

/** Which regions a map of `parent` draws: its children, every kecamatan below it, or every kelurahan/desa below it. */
export const mapLevels = ['children', 'district', 'village'] as const;
export type MapLevel = (typeof mapLevels)[number];

export const mapLevel = z
  .enum(mapLevels)
  .default('children')
  .describe(
    'children (default): the direct children of parent; district: every kecamatan under parent (a province or kab/kota); ' +
      'village: every kelurahan/desa under parent (a province, kab/kota or kecamatan). Must lie below parent, or the answer is 400',
  );

const levelDepth: Record<Exclude<MapLevel, 'children'>, number> = { district: 3, village: 4 };
const depthNames = ['', 'province', 'kab/kota', 'kecamatan', 'kelurahan/desa'];

/** Why `level` cannot be drawn under `parent` (it is not below it), or null when it can. */
export function mapLevelProblem(parent: string, level: MapLevel): string | null {
  if (level === 'children') return null;
  const depth = parent.split('.').length;
  if (depth < levelDepth[level]) return null;
  return `a level below the parent: ${parent} is a ${depthNames[depth]}, and level=${level} draws ${depthNames[levelDepth[level]]} regions; use level=children or a parent higher up`;
}

/** Adds the "level lies below parent" check to a query schema with `level` and a parent code. */
export function refineMapLevel(parentKey: 'parent' | 'region') {
  return (query: { level: MapLevel } & Record<string, unknown>, ctx: z.RefinementCtx) => {
    const problem = mapLevelProblem(String(query[parentKey]), query.level);
    if (problem) ctx.addIssue({ code: 'custom', path: ['level'], message: problem });
  };
}

export const mapQuerySchema = z
  .object({
    indicator: indicatorCode,
    parent: regionCode,
    period: z.union([z.literal('latest'), periodLabel]).default('latest'),
    source: sourceCode.optional(),
    level: mapLevel,
    format,
  })
  .superRefine(refineMapLevel('parent'));
export type MapQuery = z.infer<typeof mapQuerySchema>;

export const breakdownQuerySchema = z.object({
  region: regionCode,
  domain: z.enum(indicatorDomains),
  period: z.union([z.literal('latest'), periodLabel]).default('latest'),
  format,
});
export type BreakdownQuery = z.infer<typeof breakdownQuerySchema>;

// ---- responses ----

export const indicatorSchema = z.object({
  code: z.string(),
  name: localized,
  description: localized,
  unit: z.enum(indicatorUnits),
  polarity: z.enum(polarities),
  domain: z.enum(indicatorDomains),
  aggregation: z.enum(['sum', 'ratio']),
});
export type IndicatorDto = z.infer<typeof indicatorSchema>;

export const regionSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(regionLevels),
  parentCode: z.string().nullable(),
});
export type RegionDto = z.infer<typeof regionSchema>;

/** Provenance of a figure as shown next to it on screen. */
export const editionRefSchema = z.object({
  source: z.string(),
  sourceName: localized,
  edition: z.string(),
  editionName: z.string(),
  /** the edition's name in English where it has one; otherwise show `editionName` */
  editionNameEn: z.string().nullable(),
  releasedOn: z.string(),
  citation: z.string().nullable(),
});
export type EditionRef = z.infer<typeof editionRefSchema>;

export const seriesPointSchema = z.object({
  period: z.string(),
  periodType: z.enum(periodTypes),
  periodStart: z.string(),
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  /** numerator / denominator x 100 when both are known */
  rate: z.number().nullable(),
  coverage: z.number().nullable(),
  source: z.string(),
  edition: z.string(),
  editionName: z.string(),
  editionNameEn: z.string().nullable(),
  releasedOn: z.string(),
  citation: z.string().nullable(),
  status: z.enum(observationStatuses),
  origin: z.enum(dataOrigins),
  suppressed: withheldFlag,
});
export type SeriesPoint = z.infer<typeof seriesPointSchema>;

export const seriesResponseSchema = z.object({
  indicator: z.string(),
  region: z.string(),
  unit: z.enum(indicatorUnits),
  source: z.string().nullable(),
  /** All sources that hold this indicator for this region; a series shows one of them. */
  sources: z.array(z.object({ code: z.string(), name: localized })),
  points: z.array(seriesPointSchema),
});
export type SeriesResponse = z.infer<typeof seriesResponseSchema>;

export const mapFeaturePropertiesSchema = z.object({
  code: z.string(),
  name: z.string(),
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  rate: z.number().nullable(),
  status: z.enum(observationStatuses).nullable(),
  origin: z.enum(dataOrigins).nullable(),
  suppressed: withheldFlag,
});
export type MapFeatureProperties = z.infer<typeof mapFeaturePropertiesSchema>;

export const mapMetaSchema = z.object({
  indicator: z.string(),
  parent: z.string(),
  unit: z.enum(indicatorUnits),
  period: z.string().nullable(),
  edition: editionRefSchema.nullable(),
  boundaryProvenance: z.enum(boundaryProvenances).nullable(),
  boundarySource: z.string().nullable(),
  /** Child regions that have no boundary to draw (listed in the table, not on the map). */
  regionsWithoutBoundary: z.array(z.string()),
});
export type MapMeta = z.infer<typeof mapMetaSchema>;

export const mapResponseSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      id: z.string(),
      geometry: z.any().nullable(),
      properties: mapFeaturePropertiesSchema,
    }),
  ),
  meta: mapMetaSchema,
});
export type MapResponse = z.infer<typeof mapResponseSchema>;

export const breakdownRowSchema = z.object({
  indicator: z.string(),
  name: localized,
  value: z.number().nullable(),
  /** value as a share (0-100) of the domain's base, e.g. of all families at risk */
  share: z.number().nullable(),
  origin: z.enum(dataOrigins),
  suppressed: withheldFlag,
});
export type BreakdownRow = z.infer<typeof breakdownRowSchema>;

export const breakdownResponseSchema = z.object({
  region: z.string(),
  domain: z.enum(indicatorDomains),
  period: z.string().nullable(),
  edition: editionRefSchema.nullable(),
  data: z.array(breakdownRowSchema),
});
export type BreakdownResponse = z.infer<typeof breakdownResponseSchema>;

export const targetSchema = z.object({
  indicator: z.string(),
  region: z.string().nullable(),
  period: z.string(),
  periodStart: z.string(),
  value: z.number(),
  legalBasis: z.string(),
});
export type TargetDto = z.infer<typeof targetSchema>;

export const annotationSchema = z.object({
  date: z.string(),
  kind: z.string(),
  title: localized,
  body: localized.nullable(),
});
export type AnnotationDto = z.infer<typeof annotationSchema>;

export const errorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), parameter: z.string().optional() }),
});
