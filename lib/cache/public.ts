import 'server-only';
import { onDataChange } from '@/db/change-events';
import type { Db } from '@/db/client';
import { getDataVersion } from '@/db/queries/audit';
import { getDb } from '@/db/server';
import { ReadCache, stableKey } from './read-cache';

// The process's one cache of public reads (see read-cache.ts). Kept on globalThis for the
// same reason as the database connection: one per process, whatever bundle asks for it.
const globalForCache = globalThis as unknown as { pantauReadCache?: ReadCache };

export function publicCache(): ReadCache {
  if (!globalForCache.pantauReadCache) {
    const cache = new ReadCache({ readVersion: async () => getDataVersion(await getDb()) });
    onDataChange(() => cache.markChanged());
    globalForCache.pantauReadCache = cache;
  }
  return globalForCache.pantauReadCache;
}

/**
 * A DAL read made cacheable: same signature, answered from the public cache for the same
 * arguments at the same data version. The answer is frozen because every request shares
 * it: derive new objects from it, never change it in place.
 */
export function cachedQuery<A extends unknown[], R>(
  name: string,
  query: (db: Db, ...args: A) => Promise<R>,
): (db: Db, ...args: A) => Promise<R> {
  return (db, ...args) => publicCache().read(`${name}:${stableKey(args)}`, async () => deepFreeze(await query(db, ...args)));
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
