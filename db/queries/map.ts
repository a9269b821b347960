import 'server-only';
import { and, asc, count, desc, eq, like } from 'drizzle-orm';
import type { Geometry } from 'geojson';
import { type MapLevel, type MapResponse, mapLevelProblem } from '@/lib/api/schemas';
import { simplifyForMap } from '@/lib/geo/simplify';
import { formatPeriod, parsePeriod } from '@/lib/period';
import type { Db } from '../client';
import { editions, observations, regionBoundaries, regions } from '../schema';
import { InvalidParameterError } from './errors';
import { getIndicator } from './indicators';
import { editionRef, isCurrent, rateOf, selectObservations } from './observation-fields';
import { getRegion } from './regions';

export type MapParams = {
  indicator: string;
  parent: string;
  period: 'latest' | string;
  source?: string;
  /** 'district' / 'village': every kecamatan / kelurahan-desa under `parent` instead of its direct children */
  level?: MapLevel;
};

/**
 * The regions a map of `parent` draws: its children, or all kecamatan or villages below it
 * (codes share its prefix, served by regions_code_prefix_idx). A level not below the parent throws.
 */
export function mapRegions(parent: string, level: MapLevel = 'children') {
  const problem = mapLevelProblem(parent, level);
  if (problem) throw new InvalidParameterError(`Parameter "level" "${level}" is not valid: expected ${problem}`, 'level');
  return level === 'children' ? eq(regions.parentCode, parent) : and(eq(regions.level, level), like(regions.code, `${parent}.%`));
}

/**
 * One feature per child region of `parent` for one period and edition of one source,
 * with its boundary (an imported boundary wins over the approximate one), simplified when the
 * map draws many regions.
 * Children without a figure keep `value: null`: "no data", never zero.
 */
export async function getMap(db: Db, params: MapParams): Promise<MapResponse> {
  const childObservations = and(
    isCurrent,
    eq(observations.indicatorCode, params.indicator),
    mapRegions(params.parent, params.level),
  );
  // Independent reads run together: on PostgreSQL each is its own round trip from the pool.
  const [indicator, , { children, boundaries }, source] = await Promise.all([
    getIndicator(db, params.indicator),
    getRegion(db, params.parent, 'parent'),
    mapShapes(db, params.parent, params.level),
    params.source ?? mostCommonSource(db, childObservations),
  ]);
  const requested = params.period === 'latest' ? null : parsePeriod(params.period);

  const [slice] = source
    ? await db
        .select({ editionId: observations.editionId, periodType: observations.periodType, periodStart: observations.periodStart })
        .from(observations)
        .innerJoin(regions, eq(regions.code, observations.regionCode))
        .innerJoin(editions, eq(editions.id, observations.editionId))
        .where(
          and(
            childObservations,
            eq(editions.sourceCode, source),
            requested ? eq(observations.periodType, requested.periodType) : undefined,
            requested ? eq(observations.periodStart, requested.periodStart) : undefined,
          ),
        )
        .orderBy(desc(observations.periodStart), desc(editions.releasedOn), desc(editions.id))
        .limit(1)
    : [];

  const rows = slice
    ? await selectObservations(db)
        .innerJoin(regions, eq(regions.code, observations.regionCode))
        .where(
          and(
            childObservations,
            eq(observations.editionId, slice.editionId),
            eq(observations.periodType, slice.periodType),
            eq(observations.periodStart, slice.periodStart),
          ),
        )
    : [];
  const byRegion = new Map(rows.map((r) => [r.regionCode, r]));

  const features = children.map((child) => {
    const row = byRegion.get(child.code);
    return {
      type: 'Feature' as const,
      id: child.code,
      geometry: drawnGeometry(boundaries.get(child.code), children.length),
      properties: {
        code: child.code,
        name: child.name,
        value: row?.value ?? null,
        numerator: row?.numerator ?? null,
        denominator: row?.denominator ?? null,
        rate: row ? rateOf(row, indicator.unit) : null,
        status: row?.status ?? null,
        origin: row?.origin ?? null,
      },
    };
  });
  // Any approximate child makes the whole map approximate, and the map must say so.
  const drawn = [...boundaries.values()];
  const shownBoundary = drawn.find((b) => b.provenance === 'approximate') ?? drawn[0];
  return {
    type: 'FeatureCollection',
    features,
    meta: {
      indicator: indicator.code,
      parent: params.parent,
      unit: indicator.unit,
      period: slice ? formatPeriod(slice) : requested ? params.period : null,
      edition: rows[0] ? editionRef(rows[0]) : null,
      boundaryProvenance: shownBoundary?.provenance ?? null,
      boundarySource: shownBoundary?.source ?? null,
      regionsWithoutBoundary: children.filter((c) => !boundaries.has(c.code)).map((c) => c.code),
    },
  };
}

async function mostCommonSource(db: Db, where: ReturnType<typeof and>): Promise<string | null> {
  const points = count();
  const [row] = await db
    .select({ source: editions.sourceCode, points })
    .from(observations)
    .innerJoin(regions, eq(regions.code, observations.regionCode))
    .innerJoin(editions, eq(editions.id, observations.editionId))
    .where(where)
    .groupBy(editions.sourceCode)
    .orderBy(desc(points), asc(editions.sourceCode))
    .limit(1);
  return row?.source ?? null;
}

type Boundary = { id: number; importedAt: string; geometry: Geometry; provenance: 'approximate' | 'imported'; source: string };

/**
 * The regions a map draws with their boundaries, in one statement (a left join, so a region
 * without a shape is still listed); where a region has both, the imported boundary wins.
 */
async function mapShapes(
  db: Db,
  parent: string,
  level: MapParams['level'],
): Promise<{ children: { code: string; name: string }[]; boundaries: Map<string, Boundary> }> {
  const rows = await db
    .select({
      code: regions.code,
      name: regions.name,
      id: regionBoundaries.id,
      importedAt: regionBoundaries.importedAt,
      geometry: regionBoundaries.geometry,
      provenance: regionBoundaries.provenance,
      source: regionBoundaries.source,
    })
    .from(regions)
    .leftJoin(regionBoundaries, eq(regionBoundaries.regionCode, regions.code))
    .where(mapRegions(parent, level))
    .orderBy(asc(regions.code));
  const children: { code: string; name: string }[] = [];
  const boundaries = new Map<string, Boundary>();
  for (const row of rows) {
    if (children.at(-1)?.code !== row.code) children.push({ code: row.code, name: row.name });
    if (row.id === null || row.geometry === null || row.provenance === null || row.source === null || row.importedAt === null)
      continue;
    if (!boundaries.has(row.code) || row.provenance === 'imported') {
      boundaries.set(row.code, {
        ...row,
        id: row.id,
        importedAt: row.importedAt,
        geometry: row.geometry,
        provenance: row.provenance,
        source: row.source,
      });
    }
  }
  return { children, boundaries };
}

/** The shape as drawn: simplified for maps of many regions, once per boundary version and tolerance. */
function drawnGeometry(boundary: Boundary | undefined, features: number): Geometry | null {
  if (!boundary) return null;
  return simplifyForMap(boundary.geometry, features, `${boundary.id}:${boundary.importedAt}`);
}
