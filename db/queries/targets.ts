import 'server-only';
import { and, asc, eq, isNull, or } from 'drizzle-orm';
import type { TargetDto } from '@/lib/api/schemas';
import { formatPeriod } from '@/lib/period';
import type { Db } from '../client';
import { targets } from '../schema';

/** Targets for one indicator in one region, including national targets (region null). */
export async function listTargets(db: Db, params: { indicator: string; region: string }): Promise<TargetDto[]> {
  const rows = await db
    .select()
    .from(targets)
    .where(
      and(eq(targets.indicatorCode, params.indicator), or(eq(targets.regionCode, params.region), isNull(targets.regionCode))),
    )
    .orderBy(asc(targets.periodStart));
  return rows.map((t) => ({
    indicator: t.indicatorCode,
    region: t.regionCode,
    period: formatPeriod(t),
    periodStart: t.periodStart,
    value: t.value,
    legalBasis: t.legalBasis,
  }));
}
