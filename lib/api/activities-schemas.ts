import { z } from 'zod';
import { dataOrigins, donorTypes, recipientTypes } from '@/db/schema/enums';
import { editionRefSchema, localized, periodLabel, regionCode, withheldFlag } from './schemas';

// API v1 contract for programmes, activities and coverage. Aggregates only: a donor who is a
// private individual is never named (they are summed as "Perorangan"), and no family appears.

const programCode = z.string().regex(/^[a-z][a-z0-9_]{1,31}$/, 'a programme code such as genting or clean_water');
const format = z.enum(['json', 'csv']).default('json');

/** The label under which every private individual donor is summed. */
export const INDIVIDUAL_DONOR_LABEL = 'Perorangan';

/** Recipients that are families (at risk): only these count as "families reached" in coverage. */
export const familyRecipientTypes = ['family', 'baduta', 'pregnant'] as const;

// ---- requests ----

export const activitiesQuerySchema = z.object({
  region: regionCode,
  program: programCode.optional(),
  from: periodLabel.optional(),
  to: periodLabel.optional(),
  format,
});
export type ActivitiesQuery = z.infer<typeof activitiesQuerySchema>;

export const coverageQuerySchema = z.object({
  region: regionCode,
  period: z.union([z.literal('latest'), periodLabel]).default('latest'),
  format,
});
export type CoverageQuery = z.infer<typeof coverageQuerySchema>;

// ---- responses ----

export const programSchema = z.object({
  code: z.string(),
  name: localized,
  description: localized,
  riskFactor: z.string().nullable(),
  outputIndicator: z.string().nullable(),
});
export type ProgramDto = z.infer<typeof programSchema>;

/** One aggregate: activities of one programme, month, place, aid type, recipient and donor. */
export const activityRowSchema = z.object({
  program: z.string(),
  month: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  /** The kecamatan of the place (itself when the activity was at kecamatan level, e.g. a KUA). */
  districtCode: z.string().nullable(),
  aidType: z.string().nullable(),
  quantityUnit: z.string().nullable(),
  recipientType: z.enum(recipientTypes).nullable(),
  donorType: z.enum(donorTypes).nullable(),
  /** The donor's name, or "Perorangan" for every private individual. */
  donor: z.string().nullable(),
  activities: z.number(),
  familiesReached: z.number().nullable(),
  quantity: z.number().nullable(),
  valueIdr: z.number().nullable(),
  origin: z.enum(dataOrigins),
  suppressed: withheldFlag,
});
export type ActivityRow = z.infer<typeof activityRowSchema>;

export const activitiesResponseSchema = z.object({
  region: z.string(),
  program: z.string().nullable(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  programs: z.array(programSchema),
  /** Import batches the rows come from, and the date of the latest activity ("data per"). */
  sources: z.array(z.object({ description: z.string(), origin: z.enum(dataOrigins) })),
  dataPer: z.string().nullable(),
  data: z.array(activityRowSchema),
});
export type ActivitiesResponse = z.infer<typeof activitiesResponseSchema>;

export const coverageRowSchema = z.object({
  code: z.string(),
  name: z.string(),
  districtCode: z.string().nullable(),
  /** Families at risk in the KRS edition used; null = no data. */
  krs: z.number().nullable(),
  /** Families reached in the period by activities addressed to families (may count a family twice). */
  reached: z.number().nullable(),
  /** reached / KRS x 100; null when KRS is unknown or zero (never divided by zero). */
  coverage: z.number().nullable(),
  /** KRS not yet reached (never below zero); null when KRS is unknown. */
  gap: z.number().nullable(),
  krsOrigin: z.enum(dataOrigins).nullable(),
  suppressed: withheldFlag,
});
export type CoverageRow = z.infer<typeof coverageRowSchema>;

export const coverageResponseSchema = z.object({
  region: z.string(),
  period: z.string().nullable(),
  krsEdition: editionRefSchema.nullable(),
  krsPeriod: z.string().nullable(),
  data: z.array(coverageRowSchema),
});
export type CoverageResponse = z.infer<typeof coverageResponseSchema>;

export const factorChangeRowSchema = z.object({
  code: z.string(),
  name: z.string(),
  /** Families reached by the programmes that target the factor, between the two editions. */
  reached: z.number(),
  before: z.number().nullable(),
  after: z.number().nullable(),
  change: z.number().nullable(),
  /** change / before x 100; null when `before` is unknown or zero. */
  changePct: z.number().nullable(),
  /** reached per 100 KRS with the factor in the first edition; null when that is unknown or zero. */
  intensity: z.number().nullable(),
  origin: z.enum(dataOrigins).nullable(),
});
export type FactorChangeRow = z.infer<typeof factorChangeRowSchema>;

export const factorChangeSchema = z.object({
  region: z.string(),
  factor: z.string(),
  programs: z.array(z.string()),
  before: editionRefSchema.nullable(),
  after: editionRefSchema.nullable(),
  /** Activities counted: from the first edition's period start up to (not including) the second's release. */
  window: z.object({ from: z.string(), to: z.string() }).nullable(),
  data: z.array(factorChangeRowSchema),
});
export type FactorChange = z.infer<typeof factorChangeSchema>;
