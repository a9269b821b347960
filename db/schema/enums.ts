// Value lists shared by the schema, zod validators and the UI. Stored as text with
// check constraints rather than Postgres enums so adding a value is a plain migration.

export const regionLevels = ['province', 'regency', 'district', 'village'] as const;
export type RegionLevel = (typeof regionLevels)[number];

export const periodTypes = ['year', 'semester', 'quarter', 'month'] as const;
export type PeriodType = (typeof periodTypes)[number];

export const observationStatuses = ['provisional', 'final'] as const;
export type ObservationStatus = (typeof observationStatuses)[number];

export const indicatorUnits = ['families', 'children', 'households', 'persons', 'percent', 'rupiah', 'count'] as const;
export type IndicatorUnit = (typeof indicatorUnits)[number];

export const polarities = ['lower_is_better', 'higher_is_better', 'neutral'] as const;
export type Polarity = (typeof polarities)[number];

export const indicatorDomains = ['outcome', 'family_risk', 'risk_factor', 'intervention', 'aid', 'process'] as const;
export type IndicatorDomain = (typeof indicatorDomains)[number];

/** How values combine up the region hierarchy: add values, or divide summed numerators by summed denominators. */
export const aggregations = ['sum', 'ratio'] as const;
export type Aggregation = (typeof aggregations)[number];

export const sourceFamilies = ['survey', 'eppgbm', 'family_data', 'opd', 'manual'] as const;
export type SourceFamily = (typeof sourceFamilies)[number];

export const boundaryProvenances = ['approximate', 'imported'] as const;
export type BoundaryProvenance = (typeof boundaryProvenances)[number];

/** Where a row came from: a published figure, illustrative demo data, a file import, or manual entry. */
export const dataOrigins = ['published', 'illustrative', 'imported', 'manual'] as const;
export type DataOrigin = (typeof dataOrigins)[number];

export const batchStatuses = ['committed', 'rolled_back'] as const;
export type BatchStatus = (typeof batchStatuses)[number];

export const annotationKinds = ['meeting', 'programme', 'survey', 'method_change'] as const;
export type AnnotationKind = (typeof annotationKinds)[number];

export const donorTypes = ['individual', 'civil_servant', 'business', 'baznas', 'university', 'government'] as const;
export type DonorType = (typeof donorTypes)[number];

export const recipientTypes = ['family', 'baduta', 'pregnant', 'bride_groom', 'household', 'community'] as const;
export type RecipientType = (typeof recipientTypes)[number];

/** SQL check constraint text for a text column restricted to one of the lists above. */
export function oneOf(column: string, values: readonly string[]): string {
  return `${column} in (${values.map((v) => `'${v}'`).join(', ')})`;
}

/** admin: users and catalogue; editor: import, edit, roll back; viewer: provisional and unsuppressed figures. */
export const userRoles = ['admin', 'editor', 'viewer'] as const;
export type UserRole = (typeof userRoles)[number];
