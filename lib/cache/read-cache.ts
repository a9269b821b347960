import { isDatabaseUnavailable } from '@/lib/api/http';

// An in-process cache of public reads. Every entry remembers the data version it was read
// at; the version is one cheap query (the newest audit-log id: every import, rollback,
// correction and catalogue edit writes one in its own transaction), checked at most once
// per `versionTtlMs`. So an import in this process or in another one (the CLI on
// PostgreSQL) is visible within that interval, and a change made in this process is
// visible at once because it calls `markChanged()`.
//
// When the database cannot be reached, reads answer with the last value they hold (stale)
// rather than failing, and `status()` says since when the database has been unreachable,
// so pages can say that what they show is a saved copy.

export type ReadCacheOptions = {
  readVersion: () => Promise<string>;
  maxEntries?: number;
  versionTtlMs?: number;
  /** After a local change, check the version on every read for this long (the change's transaction may still be committing). */
  changeWindowMs?: number;
  now?: () => number;
};

export type CacheStatus = { reachable: true } | { reachable: false; since: number; lastVerifiedAt: number | null };

type Entry = { version: string; value: unknown };

export class ReadCache {
  private readonly entries = new Map<string, Entry>();
  private readonly loading = new Map<string, Promise<unknown>>();
  private readonly readVersion: () => Promise<string>;
  private readonly maxEntries: number;
  private readonly versionTtlMs: number;
  private readonly changeWindowMs: number;
  private readonly now: () => number;

  private version: string | null = null;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private checking: Promise<string> | null = null;
  private changedAt = Number.NEGATIVE_INFINITY;
  private unreachableSince: number | null = null;
  private lastVerifiedAt: number | null = null;
  private lastFailure: unknown = null;

  constructor(options: ReadCacheOptions) {
    this.readVersion = options.readVersion;
    this.maxEntries = options.maxEntries ?? 500;
    this.versionTtlMs = options.versionTtlMs ?? 1000;
    this.changeWindowMs = options.changeWindowMs ?? 5000;
    this.now = options.now ?? Date.now;
  }

  /**
   * The value of `load()` for `key` at the current data version: from memory when nothing
   * changed since it was read, else loaded again (concurrent callers share one load). With
   * the database unreachable, the last value held is returned; without one, the error is thrown.
   */
  async read<T>(key: string, load: () => Promise<T>): Promise<T> {
    const held = this.entries.get(key);
    let version: string;
    try {
      version = await this.currentVersion();
    } catch (error) {
      if (held && isDatabaseUnavailable(error)) return held.value as T;
      throw error;
    }
    if (held && held.version === version) {
      this.touch(key, held);
      return held.value as T;
    }
    try {
      return (await this.loadOnce(key, version, load)) as T;
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      this.markUnreachable(error);
      if (held) return held.value as T;
      throw error;
    }
  }

  /** Throws the database's connection error when it cannot be reached (the API answers 503 then). */
  async ensureReachable(): Promise<void> {
    await this.currentVersion();
  }

  /** A change was just made in this process: look at the version again on the next reads. */
  markChanged(): void {
    this.changedAt = this.now();
    this.checkedAt = Number.NEGATIVE_INFINITY;
  }

  status(): CacheStatus {
    if (this.unreachableSince === null) return { reachable: true };
    return { reachable: false, since: this.unreachableSince, lastVerifiedAt: this.lastVerifiedAt };
  }

  get size(): number {
    return this.entries.size;
  }

  private async currentVersion(): Promise<string> {
    const now = this.now();
    const inChangeWindow = now - this.changedAt < this.changeWindowMs;
    const fresh = now - this.checkedAt < this.versionTtlMs;
    // While the database is down, try it at most once per interval instead of on every read.
    if (this.unreachableSince !== null && fresh && !this.checking) throw this.lastFailure;
    if (this.version !== null && this.unreachableSince === null && !inChangeWindow && fresh) return this.version;
    this.checking ??= this.readVersion()
      .then((version) => {
        this.version = version;
        this.checkedAt = this.now();
        this.lastVerifiedAt = this.checkedAt;
        this.unreachableSince = null;
        return version;
      })
      .catch((error: unknown) => {
        if (isDatabaseUnavailable(error)) this.markUnreachable(error);
        throw error;
      })
      .finally(() => {
        this.checking = null;
      });
    return this.checking;
  }

  private markUnreachable(error: unknown): void {
    this.unreachableSince ??= this.now();
    this.checkedAt = this.now();
    this.lastFailure = error;
  }

  private loadOnce(key: string, version: string, load: () => Promise<unknown>): Promise<unknown> {
    const flightKey = `${version}\u0000${key}`;
    const inFlight = this.loading.get(flightKey);
    if (inFlight) return inFlight;
    const promise = load()
      .then((value) => {
        this.store(key, { version, value });
        return value;
      })
      .finally(() => this.loading.delete(flightKey));
    this.loading.set(flightKey, promise);
    return promise;
  }

  private store(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  // Map keeps insertion order: moving a hit to the end makes the first key the least recently used.
  private touch(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
  }
}

/** JSON with object keys sorted, so { a, b } and { b, a } are one key; undefined fields drop out. */
export function stableKey(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
