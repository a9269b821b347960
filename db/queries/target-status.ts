import 'server-only';
import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { MapStatus } from '@/lib/api/explore-schemas';
import { trendValue } from '@/lib/explore/tables';
import { applicableTargets, regionTargetStatus } from '@/lib/explore/target-status';
import { glideValue } from '@/lib/glide-path';
import { formatPeriod, parsePeriod, periodMidpoint } from '@/lib/period';
import type { Db } from '../client';
import { targets } from '../schema';
import { selectChildObservations } from './explore';
import { getIndicator } from './indicators';
import { getMap, type MapParams } from './map';
import { rateOf } from './observation-fields';

/**
 * The map's "Status target" view: for each region drawn by `getMap`, its figure in the shown
 * period against the glide path from its own baseline (its first figure in the same source)
 * to the next target that applies to it (its own, else the national one). A region without
 * an applicable target is "no_target"; no target is ever made up.
 */
export async function getMapStatus(db: Db, params: MapParams): Promise<MapStatus> {
  const [indicator, map] = await Promise.all([getIndicator(db, params.indicator), getMap(db, params)]);
  const source = params.source ?? map.meta.edition?.source ?? null;
  const codes = map.features.map((f) => f.id);
  const targetRows = await db
    .select()
    .from(targets)
    .where(
      and(
        eq(targets.indicatorCode, params.indicator),
        or(isNull(targets.regionCode), codes.length > 0 ? inArray(targets.regionCode, codes) : undefined),
      ),
    )
    .orderBy(asc(targets.periodStart));
  const marks = targetRows.map((t) => ({ ...t, x: periodMidpoint(t), value: t.value }));

  // Every region's series in the shown source, for its baseline.
  const history = source ? await selectChildObservations(db, { ...params, source }) : [];
  const pointsOf = new Map<string, { x: number; value: number | null }[]>();
  for (const row of history) {
    const points = pointsOf.get(row.regionCode) ?? [];
    points.push({
      x: periodMidpoint(row),
      value: trendValue({ value: row.value, rate: rateOf(row, indicator.unit) }, indicator),
    });
    pointsOf.set(row.regionCode, points);
  }

  const at = map.meta.period ? periodMidpoint(parsePeriod(map.meta.period)) : null;
  return {
    indicator: indicator.code,
    parent: params.parent,
    period: map.meta.period,
    source,
    hasTargets: marks.length > 0,
    regions: map.features.map((f) => {
      const applicable = applicableTargets(marks, f.id);
      const value = trendValue(f.properties, indicator);
      // Without a shown period every value is null: "no data" (or "no target").
      const { status, path } = regionTargetStatus({
        points: pointsOf.get(f.id) ?? [],
        at: at ?? 0,
        value,
        targets: applicable,
        polarity: indicator.polarity,
      });
      const target = path ? marks.find((m) => m.x === path.target.x && applicable.includes(m)) : undefined;
      return {
        code: f.id,
        name: f.properties.name,
        status,
        value,
        expected: path && at !== null && status !== 'no_data' ? glideValue(path, at) : null,
        target: target
          ? {
              period: formatPeriod(target),
              value: target.value,
              legalBasis: target.legalBasis,
              national: target.regionCode === null,
            }
          : null,
      };
    }),
  };
}
