import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { connect, type Db } from '@/db/client';
import { createEdition } from '@/db/queries/imports';
import type { NewRegion } from '@/db/schema';
import { runImport } from '@/lib/import/run-import';
import { krsFactors, templates } from '@/lib/import/templates';
import { mulberry32 } from './generate';
import { rowsOf } from './load';
import type { ImportResult } from './report';

// A 100,000-row KRS-template file for the kab/kota with the most kelurahan in the scope, read,
// validated and committed (roll-ups included) by the same code as /admin/impor and npm run import.

export const IMPORT_ROWS = 100_000;

/** One row per kelurahan and month, counting back from December 2025 until the file has `rows` rows. */
export function krsCsv(villages: string[], rows: number, seed: number): string {
  const rand = mulberry32(seed);
  const header = ['region_code', 'period', 'target_families', 'krs', ...krsFactors.map((f) => f.key)].map(
    (key) => templates.krs.columns.find((c) => c.key === key)?.label ?? key,
  );
  const lines = [header.join(',')];
  for (let month = 0; lines.length <= rows; month++) {
    const date = new Date(Date.UTC(2025, 11 - month, 1));
    const period = date.toISOString().slice(0, 7);
    for (const code of villages) {
      if (lines.length > rows) break;
      const target = 100 + Math.floor(rand() * 2900);
      const krs = Math.floor(target * rand() * 0.3);
      const factors = krsFactors.map(() => Math.floor(krs * rand() * 0.6));
      lines.push([code, period, target, krs, ...factors].join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}

export async function runImportBench(options: {
  databaseUrl: string;
  regions: NewRegion[];
  log: (s: string) => void;
}): Promise<ImportResult> {
  const villagesOf = new Map<string, string[]>();
  for (const r of options.regions.filter((x) => x.level === 'village')) {
    const regency = r.code.slice(0, 5);
    villagesOf.set(regency, [...(villagesOf.get(regency) ?? []), r.code]);
  }
  const [regency, villages] = [...villagesOf].sort((a, b) => b[1].length - a[1].length)[0] as [string, string[]];
  const data = new TextEncoder().encode(krsCsv(villages, IMPORT_ROWS, 8));
  const conn = await connect({ databaseUrl: options.databaseUrl });
  try {
    const edition = await createEdition(
      conn.db,
      {
        source: 'bkkbn_pk',
        code: `BENCH-IMPORT-${Date.now()}`,
        name: 'Benchmark import',
        releasedOn: '2026-01-15',
        isOfficial: false,
      },
      'bench',
    );
    const phases: [string, number][] = [];
    const serverBefore = await serverCpu(conn.db);
    const nodeBefore = process.cpuUsage();
    const start = performance.now();
    const outcome = await runImport(conn.db, {
      data,
      fileName: 'bench-krs.csv',
      template: 'krs',
      source: 'bkkbn_pk',
      edition: edition.code,
      regencyCode: regency,
      actor: 'bench',
      commit: true,
      onPhase: (phase, s) => phases.push([phase, s]),
    });
    const seconds = (performance.now() - start) / 1000;
    const node = process.cpuUsage(nodeBefore);
    const serverAfter = await serverCpu(conn.db);
    const cpu = {
      node: (node.user + node.system) / 1e6,
      server: [...serverAfter].reduce((n, [pid, s]) => n + s - (serverBefore.get(pid) ?? 0), 0),
    };
    if (outcome.status !== 'committed') {
      throw new Error(`benchmark import was not committed: ${JSON.stringify(outcome).slice(0, 500)}`);
    }
    const result = outcome.result;
    options.log(
      `import of ${IMPORT_ROWS} rows for ${regency}: ${seconds.toFixed(1)} s, ${result.added} cells, ${result.derived} derived (${phases.map(([p, s]) => `${p} ${s.toFixed(1)} s`).join(', ')}; CPU node ${cpu.node.toFixed(1)} s, PostgreSQL ${cpu.server.toFixed(1)} s)`,
    );
    return { rows: IMPORT_ROWS, cells: result.added + result.changed, derived: result.derived, seconds, regency, phases, cpu };
  } finally {
    await conn.close();
  }
}

/**
 * CPU seconds (user + system) of each server process connected to this database, from /proc:
 * on a machine shared with other work, CPU time says more than the wall clock.
 */
async function serverCpu(db: Db): Promise<Map<number, number>> {
  const ticks = 100; // USER_HZ on Linux
  const pids = rowsOf<{ pid: number }>(
    await db.execute(sql`select pid from pg_stat_activity where datname = current_database()`),
  );
  const cpu = new Map<number, number>();
  for (const { pid } of pids) {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      cpu.set(pid, (Number(fields[11]) + Number(fields[12])) / ticks);
    } catch {
      // A server on another machine, or a process that has ended: no CPU figure.
    }
  }
  return cpu;
}
