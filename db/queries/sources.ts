import 'server-only';
import { asc } from 'drizzle-orm';
import type { Localized } from '@/lib/api/schemas';
import type { Db } from '../client';
import { dataSources } from '../schema';

export type DataSourceDto = { code: string; name: Localized; owner: string; method: Localized };

/** Every data source with the description of its method, for open-data metadata. */
export async function listDataSources(db: Db): Promise<DataSourceDto[]> {
  const rows = await db.select().from(dataSources).orderBy(asc(dataSources.sortOrder), asc(dataSources.code));
  return rows.map((r) => ({
    code: r.code,
    name: { id: r.nameId, en: r.nameEn },
    owner: r.owner,
    method: { id: r.methodId, en: r.methodEn },
  }));
}
