import 'server-only';
import { and, asc, eq, gte, like, lt, or, type SQL, sql } from 'drizzle-orm';
import type { ActivitiesResponse, ActivityRow, ProgramDto } from '@/lib/api/activities-schemas';
import { INDIVIDUAL_DONOR_LABEL } from '@/lib/api/activities-schemas';
import { parsePeriod, periodEnd } from '@/lib/period';
import type { Db } from '../client';
import { activities, importBatches, programs, regions } from '../schema';
import { NotFoundError } from './errors';
import { getRegion } from './regions';

export type ActivitiesParams = { region: string; program?: string; from?: string; to?: string };

export async function listPrograms(db: Db): Promise<ProgramDto[]> {
  const rows = await db.select().from(programs).orderBy(asc(programs.code));
  return rows.map((p) => ({
    code: p.code,
    name: { id: p.nameId, en: p.nameEn },
    description: { id: p.descriptionId, en: p.descriptionEn },
    riskFactor: p.riskFactorIndicatorCode,
    outputIndicator: p.outputIndicatorCode,
  }));
}

/** Activities in `region` itself or anywhere below it (Kemendagri codes are hierarchical). */
export function inRegion(region: string): SQL {
  return or(eq(activities.regionCode, region), like(activities.regionCode, `${region}.%`)) as SQL;
}

/** Sums that stay null when every row is null; float8 so both drivers return numbers. */
const total = (column: typeof activities.familiesReached | typeof activities.quantity | typeof activities.valueIdr) =>
  sql<number | null>`sum(${column})::float8`.mapWith(Number);

/**
 * What was delivered where and when, summed per programme, month, place, aid type, recipient and
 * donor. Individual donors are summed under one label, so no private person is named.
 * Works on any rows in `activities`, whether seeded, imported from a file or entered by hand.
 */
export async function listActivities(db: Db, params: ActivitiesParams): Promise<ActivitiesResponse> {
  await getRegion(db, params.region);
  const allPrograms = await listPrograms(db);
  if (params.program && !allPrograms.some((p) => p.code === params.program)) {
    throw new NotFoundError('program', params.program, 'program');
  }
  const where = and(
    inRegion(params.region),
    params.program ? eq(activities.programCode, params.program) : undefined,
    params.from ? gte(activities.date, parsePeriod(params.from).periodStart) : undefined,
    params.to ? lt(activities.date, periodEnd(parsePeriod(params.to))) : undefined,
  );
  const month = sql<string>`to_char(${activities.date}, 'YYYY-MM')`;
  const donor = sql<
    string | null
  >`case when ${activities.donorType} = 'individual' then ${sql.raw(`'${INDIVIDUAL_DONOR_LABEL}'`)} else ${activities.donorName} end`;
  const rows = await db
    .select({
      program: activities.programCode,
      month,
      regionCode: activities.regionCode,
      regionName: regions.name,
      level: regions.level,
      parentCode: regions.parentCode,
      aidType: activities.aidType,
      quantityUnit: activities.quantityUnit,
      recipientType: activities.recipientType,
      donorType: activities.donorType,
      donor,
      activities: sql<number>`count(*)::int`.mapWith(Number),
      familiesReached: total(activities.familiesReached),
      quantity: total(activities.quantity),
      valueIdr: total(activities.valueIdr),
      origin: activities.origin,
    })
    .from(activities)
    .innerJoin(regions, eq(regions.code, activities.regionCode))
    .where(where)
    .groupBy(
      activities.programCode,
      month,
      activities.regionCode,
      regions.name,
      regions.level,
      regions.parentCode,
      activities.aidType,
      activities.quantityUnit,
      activities.recipientType,
      activities.donorType,
      donor,
      activities.origin,
    )
    .orderBy(asc(month), asc(activities.programCode), asc(activities.regionCode), asc(activities.aidType), asc(donor));

  const sources = await db
    .selectDistinct({ description: importBatches.description, origin: importBatches.origin })
    .from(activities)
    .innerJoin(importBatches, eq(importBatches.id, activities.batchId))
    .where(where)
    .orderBy(asc(importBatches.description));
  const [latest] = await db
    .select({ date: sql<string | null>`max(${activities.date})::text` })
    .from(activities)
    .where(where);

  const data: ActivityRow[] = rows.map(({ level, parentCode, ...row }) => ({
    ...row,
    districtCode: level === 'village' ? parentCode : level === 'district' ? row.regionCode : null,
  }));
  return {
    region: params.region,
    program: params.program ?? null,
    from: params.from ?? null,
    to: params.to ?? null,
    programs: allPrograms,
    sources,
    dataPer: latest?.date ?? null,
    data,
  };
}
