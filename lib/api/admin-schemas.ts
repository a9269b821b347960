import { z } from 'zod';
import { aggregations, annotationKinds, indicatorDomains, indicatorUnits, polarities } from '@/db/schema/enums';
import { templateCodes } from '@/lib/import/templates';

// Admin API bodies and answers. Route handlers validate with these; e2e checks against them.

const text2 = z.object({ id: z.string(), en: z.string() });
const values = z.object({
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  coverage: z.number().nullable(),
});
const change = z.object({
  indicatorCode: z.string(),
  regionCode: z.string(),
  periodType: z.string(),
  periodStart: z.string(),
  row: z.number(),
  old: values,
  new: values,
});

export const importFormSchema = z.object({
  template: z.enum(templateCodes),
  source: z.string().trim().min(1),
  edition: z.string().trim().min(1),
  period: z.string().trim().optional(),
  action: z.enum(['preview', 'commit']),
});

export const importOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('file_error'), message: text2 }),
  z.object({
    status: z.literal('invalid'),
    dataRows: z.number(),
    columns: z.record(z.string(), z.string()),
    missingColumns: z.array(z.object({ key: z.string(), label: z.string() })),
    unmatchedHeaders: z.array(z.string()),
    issues: z.array(z.object({ row: z.number(), column: z.string(), found: z.string(), expected: text2 })),
  }),
  z.object({
    status: z.literal('preview'),
    dataRows: z.number(),
    columns: z.record(z.string(), z.string()),
    preview: z.object({
      adds: z.array(change),
      changes: z.array(change),
      unchanged: z.number(),
      activities: z.number().optional(),
    }),
  }),
  z.object({
    status: z.literal('committed'),
    dataRows: z.number(),
    result: z.object({
      batchId: z.number(),
      added: z.number(),
      changed: z.number(),
      unchanged: z.number(),
      derived: z.number(),
      keptPublished: z.number(),
    }),
  }),
]);
export type ImportOutcomeDto = z.infer<typeof importOutcomeSchema>;

export const rollbackResultSchema = z.object({ batchId: z.number(), restored: z.number(), withdrawn: z.number() });

/** An edition's English name: optional, an empty field means none (the name serves both languages). */
const editionNameEn = z
  .string()
  .trim()
  .max(200)
  .nullish()
  .transform((v) => (v ? v : null));

export const editionFormSchema = z.object({
  source: z.string().trim().min(1),
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{2,40}$/, 'letters, digits, - and _ (2-40)'),
  name: z.string().trim().min(2).max(200),
  nameEn: editionNameEn,
  releasedOn: z.iso.date(),
  isOfficial: z.boolean().default(false),
});

export const historyQuerySchema = z.object({
  indicator: z.string().min(1),
  region: z.string().min(1),
  period: z.string().min(4),
});

export const historyEntrySchema = values.extend({
  edition: z.string(),
  source: z.string(),
  isDerived: z.boolean(),
  origin: z.string(),
  current: z.boolean(),
  createdAt: z.string(),
  supersededAt: z.string().nullable(),
  batchId: z.number().nullable(),
  fileName: z.string().nullable(),
  createdBy: z.string().nullable(),
  batchStatus: z.string().nullable(),
});
export const historyResponseSchema = z.object({ data: z.array(historyEntrySchema) });

export const mappingFormSchema = z.object({
  template: z.enum(templateCodes),
  /** The file's own header -> the template column key it stands for. */
  mapping: z.record(z.string().trim().min(1), z.string().min(1)),
});

export const boundaryFormSchema = z.object({
  level: z.enum(['district', 'village']),
  property: z.string().trim().optional(),
  action: z.enum(['preview', 'commit']),
});

const boundaryMatch = {
  properties: z.array(z.string()),
  matched: z.array(z.object({ code: z.string(), name: z.string(), value: z.string() })),
  unmatched: z.array(z.string()),
  missing: z.array(z.object({ code: z.string(), name: z.string() })),
};
export const boundaryOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('file_error'), message: text2 }),
  z.object({ status: z.literal('properties'), properties: z.array(z.string()), features: z.number() }),
  z.object({ status: z.literal('preview'), ...boundaryMatch }),
  z.object({ status: z.literal('committed'), saved: z.number(), ...boundaryMatch }),
]);
export type BoundaryOutcomeDto = z.infer<typeof boundaryOutcomeSchema>;

/** The indicator catalogue form: the same rules for the page and the API. */
export const indicatorFormSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{2,60}$/, 'lower-case letters, digits and _ (3-61), starting with a letter'),
  nameId: z.string().trim().min(2).max(200),
  nameEn: z.string().trim().min(2).max(200),
  descriptionId: z.string().trim().min(2).max(2000),
  descriptionEn: z.string().trim().min(2).max(2000),
  unit: z.enum(indicatorUnits),
  polarity: z.enum(polarities),
  domain: z.enum(indicatorDomains),
  aggregation: z.enum(aggregations),
  isPublic: z.boolean(),
});
export type IndicatorForm = z.infer<typeof indicatorFormSchema>;

export const userFormSchema = z.object({
  email: z.string().trim().email(),
  name: z.string().trim().max(200).optional(),
  role: z.enum(['admin', 'editor', 'viewer']),
});

/** Correcting an edition: its code and source stay; name, release date and the official flag change. */
export const editionUpdateSchema = z.object({
  name: z.string().trim().min(2).max(200),
  nameEn: editionNameEn,
  releasedOn: z.iso.date(),
  isOfficial: z.boolean(),
});
export type EditionUpdate = z.infer<typeof editionUpdateSchema>;

const optionalCode = z
  .string()
  .trim()
  .transform((v) => v || null)
  .nullable()
  .default(null);
const optionalText = z.string().trim().max(4000).optional().default('');

/** A target: national (no region) or for one region, for a period such as 2029 or 2024-S1. */
export const targetFormSchema = z.object({
  indicator: z.string().trim().min(1),
  region: optionalCode,
  period: z
    .string()
    .trim()
    .regex(/^\d{4}(-(S[12]|Q[1-4]|0[1-9]|1[0-2]))?$/, 'a period such as 2029, 2024-S1, 2024-Q3 or 2024-06'),
  value: z.coerce.number().finite().min(0),
  legalBasis: z.string().trim().min(2).max(500),
});
export type TargetForm = z.infer<typeof targetFormSchema>;

/** A dated event drawn on charts; region and indicator empty = every region / every chart. */
export const annotationFormSchema = z
  .object({
    date: z.iso.date(),
    kind: z.enum(annotationKinds),
    titleId: z.string().trim().min(2).max(200),
    titleEn: z.string().trim().min(2).max(200),
    bodyId: optionalText,
    bodyEn: optionalText,
    region: optionalCode,
    indicator: optionalCode,
  })
  .refine((a) => !a.bodyId === !a.bodyEn, { message: 'give the body in both languages or in neither', path: ['bodyEn'] });
export type AnnotationForm = z.infer<typeof annotationFormSchema>;

/** A programme (intervention) and the indicators of the risk factor it addresses and of what it delivers. */
export const programFormSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,60}$/, 'lower-case letters, digits and _ (2-61), starting with a letter'),
  nameId: z.string().trim().min(2).max(200),
  nameEn: z.string().trim().min(2).max(200),
  descriptionId: z.string().trim().min(2).max(2000),
  descriptionEn: z.string().trim().min(2).max(2000),
  riskFactorIndicator: optionalCode,
  outputIndicator: optionalCode,
});
export type ProgramForm = z.infer<typeof programFormSchema>;
