import 'server-only';
import { count, desc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { importBatches, observations, regions } from '../schema';

export type Health = { regions: number; observations: number; lastImport: { at: string; description: string } | null };

/** Cheap liveness figures for /api/health. */
export async function getHealth(db: Db): Promise<Health> {
  const [[regionCount], [observationCount], [lastBatch]] = await Promise.all([
    db.select({ n: count() }).from(regions),
    db.select({ n: count() }).from(observations),
    db
      .select({ at: importBatches.createdAt, description: importBatches.description })
      .from(importBatches)
      .where(eq(importBatches.status, 'committed'))
      .orderBy(desc(importBatches.createdAt))
      .limit(1),
  ]);
  return {
    regions: regionCount?.n ?? 0,
    observations: observationCount?.n ?? 0,
    lastImport: lastBatch ?? null,
  };
}
