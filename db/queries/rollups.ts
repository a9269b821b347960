import 'server-only';
import { and, count, eq, isNull, sql } from 'drizzle-orm';
import { getRegencies } from 'idn-area-data';
import type { Db } from '../client';
import { type DataOrigin, observations, regions } from '../schema';

// Roll-up rules shared by the import (row by row, db/queries/imports.ts) and bulk loads (one
// INSERT ... SELECT per level): sums, or summed numerator over summed denominator for ratios;
// coverage is not carried up; a parent gets a total only when every child has a figure.

/** The levels a child's figures roll up to, from the bottom. */
export const rollUpSteps = [
  { child: 'village', parent: 'district' },
  { child: 'district', parent: 'regency' },
  { child: 'regency', parent: 'province' },
] as const;

/**
 * Provinces whose kab/kota are all in the regions table (as idn-area-data lists them): only
 * those get a province total; a deployment holding one kab/kota must not call it the province's.
 */
export async function completeProvinces(childCounts: Map<string, number>): Promise<Set<string>> {
  const expected = new Map<string, number>();
  for (const r of await getRegencies({ transform: true })) expected.set(r.provinceCode, (expected.get(r.provinceCode) ?? 0) + 1);
  return new Set([...childCounts].filter(([code, n]) => n > 0 && n === expected.get(code)).map(([code]) => code));
}

/**
 * Writes derived rows for every parent at one level from its children's current rows, for a
 * bulk load into a database with no figures yet at that level (the import handles updates).
 * Provinces only where complete. Returns the derived rows at the parent level.
 */
export async function insertRollUp(db: Db, step: (typeof rollUpSteps)[number], options: { origin: DataOrigin }): Promise<number> {
  let onlyParents = sql``;
  if (step.parent === 'province') {
    const counts = await db
      .select({ code: regions.parentCode, n: count() })
      .from(regions)
      .where(eq(regions.level, 'regency'))
      .groupBy(regions.parentCode);
    const complete = [...(await completeProvinces(new Map(counts.map((c) => [c.code ?? '', c.n]))))];
    if (complete.length === 0) return 0;
    onlyParents = sql`and r.parent_code in (${sql.join(
      complete.map((p) => sql`${p}`),
      sql`, `,
    )})`;
  }
  await db.execute(sql`
    with child_counts as (
      select parent_code, count(*) as n from regions where level = ${step.child} group by parent_code
    ), totals as (
      select o.indicator_code, r.parent_code as region_code, o.period_type, o.period_start, o.edition_id,
        i.aggregation = 'ratio' or i.unit = 'percent' as is_ratio,
        count(*) as n,
        case when count(o.value) = count(*) then sum(o.value) end as value,
        case when count(o.numerator) = count(*) then sum(o.numerator) end as numerator,
        case when count(o.denominator) = count(*) then sum(o.denominator) end as denominator
      from observations o
      join regions r on r.code = o.region_code
      join indicators i on i.code = o.indicator_code
      where o.superseded_at is null and r.level = ${step.child} ${onlyParents}
      group by o.indicator_code, r.parent_code, o.period_type, o.period_start, o.edition_id, i.aggregation, i.unit
    )
    insert into observations
        (indicator_code, region_code, period_type, period_start, edition_id, value, numerator, denominator, coverage, status, origin, is_derived)
      select t.indicator_code, t.region_code, t.period_type, t.period_start, t.edition_id,
        case when t.is_ratio then t.numerator / t.denominator * 100 else t.value end,
        t.numerator, t.denominator, null, 'final', ${options.origin}, true
      from totals t
      join child_counts c on c.parent_code = t.region_code and c.n = t.n
      where case when t.is_ratio then t.numerator is not null and t.denominator > 0 else t.value is not null end
  `);
  const [written] = await db
    .select({ n: count() })
    .from(observations)
    .innerJoin(regions, eq(regions.code, observations.regionCode))
    .where(and(eq(observations.isDerived, true), eq(regions.level, step.parent), isNull(observations.supersededAt)));
  return written?.n ?? 0;
}
