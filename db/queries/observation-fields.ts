import { eq, isNull } from 'drizzle-orm';
import type { EditionRef } from '@/lib/api/schemas';
import type { Db } from '../client';
import { dataSources, editions, observations } from '../schema';

// Columns and conversions shared by the series, map and breakdown queries, so each
// figure carries the same provenance (source, edition, release date, citation) everywhere.

export const observationColumns = {
  indicatorCode: observations.indicatorCode,
  regionCode: observations.regionCode,
  periodType: observations.periodType,
  periodStart: observations.periodStart,
  value: observations.value,
  numerator: observations.numerator,
  denominator: observations.denominator,
  coverage: observations.coverage,
  status: observations.status,
  origin: observations.origin,
  editionId: editions.id,
  edition: editions.code,
  editionName: editions.name,
  editionNameEn: editions.nameEn,
  releasedOn: editions.releasedOn,
  citation: editions.citation,
  source: dataSources.code,
  sourceNameId: dataSources.nameId,
  sourceNameEn: dataSources.nameEn,
};

/** Current (not superseded) observations joined to their edition and source; callers add `.where`. */
export function selectObservations(db: Db) {
  return db
    .select(observationColumns)
    .from(observations)
    .innerJoin(editions, eq(editions.id, observations.editionId))
    .innerJoin(dataSources, eq(dataSources.code, editions.sourceCode));
}

export type ObservationRow = Awaited<ReturnType<typeof selectObservations>>[number];

export const isCurrent = isNull(observations.supersededAt);

/** numerator / denominator x 100 when both are known; for percent indicators the value itself. */
export function rateOf(
  row: { value: number | null; numerator: number | null; denominator: number | null },
  unit: string,
): number | null {
  if (row.numerator !== null && row.denominator !== null && row.denominator > 0) {
    return (row.numerator / row.denominator) * 100;
  }
  return unit === 'percent' ? row.value : null;
}

export function editionRef(row: ObservationRow): EditionRef {
  return {
    source: row.source,
    sourceName: { id: row.sourceNameId, en: row.sourceNameEn },
    edition: row.edition,
    editionName: row.editionName,
    editionNameEn: row.editionNameEn,
    releasedOn: row.releasedOn,
    citation: row.citation,
  };
}
