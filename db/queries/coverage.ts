import 'server-only';
import { and, asc, desc, eq, gte, inArray, isNotNull, like, lt, or, sql } from 'drizzle-orm';
import type { CoverageResponse, FactorChange } from '@/lib/api/activities-schemas';
import { familyRecipientTypes } from '@/lib/api/activities-schemas';
import { coverageOf, factorChangeOf } from '@/lib/interventions';
import { formatPeriod, parsePeriod, periodEnd } from '@/lib/period';
import type { Db } from '../client';
import { activities, editions, observations, type PeriodType, programs, regions } from '../schema';
import { inRegion } from './activities';
import { getIndicator } from './indicators';
import { editionRef, isCurrent, selectObservations } from './observation-fields';
import { getRegion } from './regions';

const KRS = 'krs_families';

type Slice = { editionId: number; periodType: PeriodType; periodStart: string };

/** Observations of one edition and period. */
const inSlice = (slice: Slice) =>
  and(
    eq(observations.editionId, slice.editionId),
    eq(observations.periodType, slice.periodType),
    eq(observations.periodStart, slice.periodStart),
  );

const familiesReached = sql<number>`coalesce(sum(${activities.familiesReached}), 0)::float8`.mapWith(Number);

/**
 * Coverage of families at risk per kelurahan of `region`: families reached in the period by
 * activities addressed to families, against KRS of the latest KRS edition released before the
 * period ended. A kelurahan without a KRS figure keeps coverage and gap null: "no data".
 */
export async function getCoverage(db: Db, params: { region: string; period: 'latest' | string }): Promise<CoverageResponse> {
  const toFamilies = and(inRegion(params.region), inArray(activities.recipientType, [...familyRecipientTypes]));
  const [, villages, period] = await Promise.all([
    getRegion(db, params.region),
    db
      .select({ code: regions.code, name: regions.name, districtCode: regions.parentCode })
      .from(regions)
      .where(and(eq(regions.level, 'village'), or(eq(regions.code, params.region), like(regions.code, `${params.region}.%`))))
      .orderBy(asc(regions.code)),
    params.period === 'latest' ? latestActivityYear(db, toFamilies) : parsePeriod(params.period),
  ]);
  const end = period ? periodEnd(period) : null;

  const villageCodes = villages.map((v) => v.code);
  const krsOf = and(isCurrent, eq(observations.indicatorCode, KRS), inArray(observations.regionCode, villageCodes));
  const [reachedRows, [slice]] = await Promise.all([
    period
      ? db
          .select({ regionCode: activities.regionCode, reached: familiesReached })
          .from(activities)
          .where(and(toFamilies, gte(activities.date, period.periodStart), lt(activities.date, end ?? period.periodStart)))
          .groupBy(activities.regionCode)
      : [],
    villageCodes.length
      ? db
          .select({
            editionId: observations.editionId,
            periodType: observations.periodType,
            periodStart: observations.periodStart,
          })
          .from(observations)
          .innerJoin(editions, eq(editions.id, observations.editionId))
          .where(and(krsOf, end ? lt(editions.releasedOn, end) : undefined))
          .orderBy(desc(editions.releasedOn), desc(observations.periodStart), desc(editions.id))
          .limit(1)
      : [],
  ]);
  const reached = new Map(reachedRows.map((r) => [r.regionCode, r.reached]));
  const krsRows = slice ? await selectObservations(db).where(and(krsOf, inSlice(slice))) : [];
  const krs = new Map(krsRows.map((r) => [r.regionCode, r]));

  return {
    region: params.region,
    period: period ? formatPeriod(period) : null,
    krsEdition: krsRows[0] ? editionRef(krsRows[0]) : null,
    krsPeriod: slice ? formatPeriod(slice) : null,
    data: villages.map((v) => {
      const row = krs.get(v.code);
      const value = row?.value ?? null;
      const r = reached.get(v.code) ?? 0;
      return { ...v, krs: value, reached: r, ...coverageOf(value, r), krsOrigin: row?.origin ?? null };
    }),
  };
}

async function latestActivityYear(db: Db, where: ReturnType<typeof and>) {
  const [row] = await db
    .select({ date: sql<string | null>`max(${activities.date})::text` })
    .from(activities)
    .where(where);
  return row?.date ? parsePeriod(row.date.slice(0, 4)) : null;
}

/**
 * For one risk factor: per child region of `region`, the families reached by the programmes
 * that target it between the first and the last edition holding the factor, against the change
 * of the factor's count among KRS between those editions. Association, not proof.
 */
export async function getFactorChange(db: Db, params: { region: string; factor: string }): Promise<FactorChange> {
  await Promise.all([getRegion(db, params.region), getIndicator(db, params.factor)]);
  const children = await db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(eq(regions.parentCode, params.region))
    .orderBy(asc(regions.code));
  const targeting = await db
    .select({ code: programs.code })
    .from(programs)
    .where(eq(programs.riskFactorIndicatorCode, params.factor))
    .orderBy(asc(programs.code));
  const programCodes = targeting.map((p) => p.code);

  const childCodes = children.map((c) => c.code);
  const factorOf = and(isCurrent, eq(observations.indicatorCode, params.factor), inArray(observations.regionCode, childCodes));
  const slices = childCodes.length
    ? await db
        .selectDistinct({
          editionId: observations.editionId,
          periodType: observations.periodType,
          periodStart: observations.periodStart,
          releasedOn: editions.releasedOn,
        })
        .from(observations)
        .innerJoin(editions, eq(editions.id, observations.editionId))
        .where(factorOf)
        .orderBy(asc(observations.periodStart), asc(editions.releasedOn), asc(observations.editionId))
    : [];
  const first = slices[0];
  const last = slices.length > 1 ? slices.at(-1) : undefined;
  const valuesOf = async (slice: Slice | undefined) => (slice ? selectObservations(db).where(and(factorOf, inSlice(slice))) : []);
  const [beforeRows, afterRows] = await Promise.all([valuesOf(first), valuesOf(last)]);
  const before = new Map(beforeRows.map((r) => [r.regionCode, r]));
  const after = new Map(afterRows.map((r) => [r.regionCode, r]));

  const window = first && last ? { from: first.periodStart, to: last.releasedOn } : null;
  const reachedRows =
    window && programCodes.length
      ? await db
          .select({ regionCode: activities.regionCode, reached: familiesReached })
          .from(activities)
          .where(
            and(
              inArray(activities.programCode, programCodes),
              inRegion(params.region),
              isNotNull(activities.familiesReached),
              gte(activities.date, window.from),
              lt(activities.date, window.to),
            ),
          )
          .groupBy(activities.regionCode)
      : [];
  // Activities may sit at any level below a child (a kelurahan, or the kecamatan's KUA).
  const reachedIn = (code: string) =>
    reachedRows.filter((r) => r.regionCode === code || r.regionCode.startsWith(`${code}.`)).reduce((a, r) => a + r.reached, 0);

  return {
    region: params.region,
    factor: params.factor,
    programs: programCodes,
    before: beforeRows[0] ? editionRef(beforeRows[0]) : null,
    after: afterRows[0] ? editionRef(afterRows[0]) : null,
    window,
    data: children.map((c) => {
      const b = before.get(c.code)?.value ?? null;
      const a = after.get(c.code)?.value ?? null;
      const reached = reachedIn(c.code);
      return {
        ...c,
        reached,
        before: b,
        after: a,
        ...factorChangeOf(b, a, reached),
        origin: after.get(c.code)?.origin ?? before.get(c.code)?.origin ?? null,
      };
    }),
  };
}
