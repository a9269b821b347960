import 'server-only';
import { asc, eq, isNull } from 'drizzle-orm';
import type { RegionDto } from '@/lib/api/schemas';
import type { Db } from '../client';
import { regions } from '../schema';
import { NotFoundError } from './errors';

const columns = { code: regions.code, name: regions.name, level: regions.level, parentCode: regions.parentCode };

/** Children of `parent`, or the top-level regions (provinces) when no parent is given. */
export async function listRegions(db: Db, params: { parent?: string } = {}): Promise<RegionDto[]> {
  if (params.parent) await getRegion(db, params.parent, 'parent');
  return db
    .select(columns)
    .from(regions)
    .where(params.parent ? eq(regions.parentCode, params.parent) : isNull(regions.parentCode))
    .orderBy(asc(regions.code));
}

export async function getRegion(db: Db, code: string, parameter = 'region'): Promise<RegionDto> {
  const [row] = await db.select(columns).from(regions).where(eq(regions.code, code));
  if (!row) throw new NotFoundError('region', code, parameter);
  return row;
}
