import { sql } from 'drizzle-orm';
import type { Connection } from '@/db/client';
import { getBreakdown } from '@/db/queries/breakdown';
import { getCoverage } from '@/db/queries/coverage';
import { getMap } from '@/db/queries/map';
import { getSeries } from '@/db/queries/series';
import type { NewRegion } from '@/db/schema';
import { rowsOf } from './load';
import { type Summary, summarize } from './stats';

// Each query the app runs, at each level, timed three ways on the same database: our DAL
// (reading roll-up rows), a plain GROUP BY over the kelurahan rows filtered by code prefix,
// and the floor (the finished answer read by primary key). All three must give the same numbers.

export type Level = 'province' | 'regency' | 'district';
/** map-kecamatan: every kecamatan of the province on one map (level=district), shapes included. */
export type QueryName = 'series' | 'map' | 'map-kecamatan' | 'breakdown' | 'coverage';
/** Comparable figures of one answer: key -> value (and numerator/denominator where they exist). */
type Figures = Map<string, (number | null)[]>;

export type CaseResult = {
  query: QueryName;
  level: Level;
  region: string;
  rows: number;
  ours: Summary;
  groupBy: Summary;
  floor: Summary;
};

type Case = {
  query: QueryName;
  level: Level;
  region: string;
  ours: () => Promise<unknown>;
  figuresOf: (answer: unknown) => Figures;
  groupBy: () => Promise<Figures>;
};

const KRS = 'krs_families';
const childCodeLength: Record<Level, number> = { province: 5, regency: 8, district: 13 };

/** The region with the most kelurahan below it, per level: the heaviest answer of each level. */
export function pickRegions(all: NewRegion[], hasProvinceTotals: boolean): { level: Level; region: string }[] {
  const villages = all.filter((r) => r.level === 'village').map((r) => r.code);
  const largest = (level: Level) => {
    const counts = new Map<string, number>();
    for (const r of all.filter((x) => x.level === level)) counts.set(r.code, 0);
    for (const v of villages) {
      const code = v.slice(0, { province: 2, regency: 5, district: 8 }[level]);
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  };
  const levels: Level[] = hasProvinceTotals ? ['province', 'regency', 'district'] : ['regency', 'district'];
  return levels.flatMap((level) => {
    const region = largest(level);
    return region ? [{ level, region }] : [];
  });
}

function cases(conn: Connection, level: Level, region: string): Case[] {
  const db = conn.db;
  const prefix = `${region}.%`;
  const raw = async <T>(query: ReturnType<typeof sql>) => rowsOf<T>(await db.execute(query));
  type Row = { key: string; value: number | null; numerator: number | null; denominator: number | null };
  const toFigures = (rows: Row[]): Figures =>
    new Map(rows.map((r) => [r.key, [num(r.value), num(r.numerator), num(r.denominator)]]));
  const latestSlice = (indicators: ReturnType<typeof sql>) => sql`
    select o.edition_id, o.period_start from observations o
    join editions e on e.id = o.edition_id
    where o.superseded_at is null and o.indicator_code in (${indicators}) and o.region_code like ${prefix}
    order by o.period_start desc, e.released_on desc, e.id desc limit 1`;
  /** A map of `region`'s children (or of every region at `mapLevel` below it) against its GROUP BY by code prefix. */
  const mapCase = (query: 'map' | 'map-kecamatan', keyLength: number, mapLevel?: 'district'): Case => ({
    query,
    level,
    region,
    ours: () => getMap(db, { indicator: KRS, parent: region, period: 'latest', ...(mapLevel ? { level: mapLevel } : {}) }),
    figuresOf: (a) =>
      toFigures((a as Awaited<ReturnType<typeof getMap>>).features.map((f) => ({ key: f.properties.code, ...f.properties }))),
    groupBy: async () =>
      toFigures(
        await raw<Row>(sql`
          select substr(o.region_code, 1, ${keyLength}) as key, sum(o.value) as value,
            sum(o.numerator) as numerator, sum(o.denominator) as denominator
          from observations o
          join regions r on r.code = o.region_code
          where o.superseded_at is null and o.indicator_code = ${KRS} and r.level = 'village'
            and o.region_code like ${prefix}
            and (o.edition_id, o.period_start) = (${latestSlice(sql`${KRS}`)})
          group by 1 order by 1`),
      ),
  });
  const factors = sql`'krs_unsafe_water', 'krs_unsafe_toilet', 'krs_4t_too_young', 'krs_4t_too_old', 'krs_4t_too_close', 'krs_4t_too_many'`;

  return [
    {
      query: 'series',
      level,
      region,
      ours: () => getSeries(db, { indicator: KRS, region }),
      figuresOf: (a) =>
        toFigures(
          (a as Awaited<ReturnType<typeof getSeries>>).points.map((p) => ({ key: `${p.periodStart}|${p.edition}`, ...p })),
        ),
      groupBy: async () =>
        toFigures(
          await raw<Row>(sql`
            select o.period_start || '|' || e.code as key, sum(o.value) as value, sum(o.numerator) as numerator,
              sum(o.denominator) as denominator
            from observations o
            join regions r on r.code = o.region_code
            join editions e on e.id = o.edition_id
            where o.superseded_at is null and o.indicator_code = ${KRS} and e.source_code = 'bkkbn_pk'
              and r.level = 'village' and o.region_code like ${prefix}
            group by o.period_start, e.code, e.released_on, e.id
            order by o.period_start, e.released_on, e.id`),
        ),
    },
    mapCase('map', childCodeLength[level]),
    // The same province drawn one level lower: every kecamatan (codes of regency children's length).
    ...(level === 'province' ? [mapCase('map-kecamatan', childCodeLength.regency, 'district')] : []),
    {
      query: 'breakdown',
      level,
      region,
      ours: () => getBreakdown(db, { region, domain: 'risk_factor', period: 'latest' }),
      figuresOf: (a) =>
        toFigures(
          (a as Awaited<ReturnType<typeof getBreakdown>>).data.map((d) => ({
            key: d.indicator,
            value: d.value,
            numerator: null,
            denominator: null,
          })),
        ),
      groupBy: async () =>
        toFigures(
          await raw<Row>(sql`
            select o.indicator_code as key, sum(o.value) as value, null as numerator, null as denominator
            from observations o
            join regions r on r.code = o.region_code
            where o.superseded_at is null and o.indicator_code in (${factors}) and r.level = 'village'
              and o.region_code like ${prefix}
              and (o.edition_id, o.period_start) = (${latestSlice(factors)})
            group by 1 order by 1`),
        ),
    },
    {
      query: 'coverage',
      level,
      region,
      ours: () => getCoverage(db, { region, period: 'latest' }),
      figuresOf: (a) =>
        toFigures(
          (a as Awaited<ReturnType<typeof getCoverage>>).data.map((d) => ({
            key: d.code,
            value: d.krs,
            numerator: null,
            denominator: null,
          })),
        ),
      // No activities in the synthetic data: coverage is each kelurahan's KRS of the latest-released edition.
      groupBy: async () =>
        toFigures(
          await raw<Row>(sql`
            select r.code as key, o.value, null as numerator, null as denominator
            from regions r
            left join observations o on o.region_code = r.code and o.superseded_at is null and o.indicator_code = ${KRS}
              and o.edition_id = (
                select o2.edition_id from observations o2 join editions e on e.id = o2.edition_id
                where o2.superseded_at is null and o2.indicator_code = ${KRS} and o2.region_code like ${prefix}
                order by e.released_on desc, o2.period_start desc, e.id desc limit 1)
            where r.level = 'village' and r.code like ${prefix}
            order by r.code`),
        ),
    },
  ];
}

function vertexCount(answer: unknown): number {
  const count = (c: unknown): number =>
    Array.isArray(c) ? (typeof c[0] === 'number' ? 1 : c.reduce((n, x) => n + count(x), 0)) : 0;
  const map = answer as Awaited<ReturnType<typeof getMap>>;
  return map.features.reduce((n, f) => n + count((f.geometry as { coordinates?: unknown } | null)?.coordinates), 0);
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** Fails loudly when two answers differ in any key or figure (relative tolerance for float sums). */
export function assertSameFigures(label: string, a: Figures, b: Figures, names: [string, string]) {
  const keys = new Set([...a.keys(), ...b.keys()]);
  for (const key of keys) {
    const x = a.get(key);
    const y = b.get(key);
    const differs =
      !x ||
      !y ||
      x.some(
        (v, i) =>
          !(v === null ? y[i] === null : y[i] !== null && Math.abs(v - (y[i] as number)) <= 1e-9 * Math.max(1, Math.abs(v))),
      );
    if (differs) {
      throw new Error(`MISMATCH in ${label} at ${key}: ${names[0]} ${JSON.stringify(x)} vs ${names[1]} ${JSON.stringify(y)}`);
    }
  }
  if (keys.size === 0) throw new Error(`MISMATCH in ${label}: no figures at all`);
}

/**
 * Timings after warm-up: `samples` of them, except that a slow baseline (a national GROUP BY takes
 * seconds) stops at `budgetMs` with at least 30, so a run ends in minutes; the table shows n.
 */
async function time(
  run: () => Promise<unknown>,
  options: { warmUp: number; samples: number; budgetMs: number },
): Promise<Summary> {
  const first = performance.now();
  await run();
  const estimate = Math.max(performance.now() - first, 0.01);
  const warmUp = Math.min(options.warmUp, Math.max(2, Math.floor(10_000 / estimate)));
  const samples = Math.min(options.samples, Math.max(30, Math.floor(options.budgetMs / estimate)));
  for (let i = 0; i < warmUp; i++) await run();
  const ms: number[] = [];
  for (let i = 0; i < samples; i++) {
    const t = performance.now();
    await run();
    ms.push(performance.now() - t);
  }
  return summarize(ms);
}

export async function measureQueries(
  conn: Connection,
  picks: { level: Level; region: string }[],
  options: { samples: number; warmUp: number; log: (s: string) => void },
): Promise<CaseResult[]> {
  const db = conn.db;
  await db.execute(sql`create table if not exists bench_answers (key text primary key, answer jsonb not null)`);
  const results: CaseResult[] = [];
  for (const pick of picks) {
    for (const c of cases(conn, pick.level, pick.region)) {
      const label = `${c.query} ${c.level} ${c.region}`;
      const answer = await c.ours();
      const key = `${c.query}|${c.region}`;
      await db.execute(
        sql`insert into bench_answers (key, answer) values (${key}, ${JSON.stringify(answer)}::jsonb) on conflict (key) do update set answer = excluded.answer`,
      );
      const readFloor = async () =>
        rowsOf<{ answer: unknown }>(await db.execute(sql`select answer from bench_answers where key = ${key}`))[0]?.answer;
      const ours = c.figuresOf(answer);
      assertSameFigures(label, ours, await c.groupBy(), ['DAL', 'GROUP BY']);
      const floorAnswer = await readFloor();
      assertSameFigures(label, ours, c.figuresOf(typeof floorAnswer === 'string' ? JSON.parse(floorAnswer) : floorAnswer), [
        'DAL',
        'floor',
      ]);
      const result: CaseResult = {
        query: c.query,
        level: c.level,
        region: c.region,
        rows: ours.size,
        // Ours and the floor always get every sample; only the baseline may stop at the budget.
        ours: await time(c.ours, { ...options, budgetMs: Number.POSITIVE_INFINITY }),
        groupBy: await time(c.groupBy, { ...options, budgetMs: 90_000 }),
        floor: await time(readFloor, { ...options, budgetMs: Number.POSITIVE_INFINITY }),
      };
      // A map's weight on the wire and in the browser: GeoJSON bytes and the vertices Leaflet draws.
      const shape =
        c.query === 'map' || c.query === 'map-kecamatan'
          ? `, ${(JSON.stringify(answer).length / 1024).toFixed(0)} KiB JSON, ${vertexCount(answer)} vertices`
          : '';
      options.log(
        `${label}: ${result.rows} figures${shape}; p95 ours ${result.ours.p95.toFixed(2)} ms, GROUP BY ${result.groupBy.p95.toFixed(2)} ms, floor ${result.floor.p95.toFixed(2)} ms`,
      );
      results.push(result);
    }
  }
  return results;
}
