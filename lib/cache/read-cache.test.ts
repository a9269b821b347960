import { describe, expect, it, vi } from 'vitest';
import { ReadCache, stableKey } from './read-cache';

// A database whose version we set and whose connection we can cut, and a clock we move.
function setup(options: { maxEntries?: number } = {}) {
  const state = { version: 1, down: false, now: 0, versionReads: 0 };
  const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
  const cache = new ReadCache({
    readVersion: async () => {
      state.versionReads++;
      if (state.down) throw refused();
      return String(state.version);
    },
    versionTtlMs: 1000,
    changeWindowMs: 5000,
    maxEntries: options.maxEntries,
    now: () => state.now,
  });
  const load = vi.fn(async () => {
    if (state.down) throw refused();
    return { version: state.version };
  });
  return { state, cache, load };
}

describe('ReadCache', () => {
  it('loads once per data version and key', async () => {
    const { state, cache, load } = setup();
    expect(await cache.read('a', load)).toEqual({ version: 1 });
    state.now += 2000;
    expect(await cache.read('a', load)).toEqual({ version: 1 });
    expect(load).toHaveBeenCalledTimes(1);
    await cache.read('b', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('reads again after the version changes, once the check interval has passed', async () => {
    const { state, cache, load } = setup();
    await cache.read('a', load);
    state.version = 2;
    state.now += 500;
    expect(await cache.read('a', load)).toEqual({ version: 1 });
    expect(state.versionReads).toBe(1);
    state.now += 600;
    expect(await cache.read('a', load)).toEqual({ version: 2 });
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('sees a change made in this process at once, and keeps checking while it may still be committing', async () => {
    const { state, cache, load } = setup();
    await cache.read('a', load);
    cache.markChanged();
    await cache.read('a', load);
    expect(load).toHaveBeenCalledTimes(1);
    // The change's transaction commits a moment later: the next read sees it without waiting for the interval.
    state.version = 2;
    state.now += 10;
    expect(await cache.read('a', load)).toEqual({ version: 2 });
  });

  it('shares one load between concurrent readers', async () => {
    const { cache, load } = setup();
    const answers = await Promise.all([cache.read('a', load), cache.read('a', load), cache.read('a', load)]);
    expect(answers).toEqual([{ version: 1 }, { version: 1 }, { version: 1 }]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('serves the last value while the database is down, says so, and recovers when it returns', async () => {
    const { state, cache, load } = setup();
    await cache.read('a', load);
    expect(cache.status()).toEqual({ reachable: true });

    state.down = true;
    state.now = 1500;
    expect(await cache.read('a', load)).toEqual({ version: 1 });
    expect(cache.status()).toEqual({ reachable: false, since: 1500, lastVerifiedAt: 0 });
    await expect(cache.read('never-read', load)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await expect(cache.ensureReachable()).rejects.toMatchObject({ code: 'ECONNREFUSED' });

    state.down = false;
    state.version = 3;
    state.now = 4000;
    await cache.ensureReachable();
    expect(cache.status()).toEqual({ reachable: true });
    expect(await cache.read('a', load)).toEqual({ version: 3 });
  });

  it('asks a database that is down at most once per interval', async () => {
    const { state, cache, load } = setup();
    await cache.read('a', load);
    state.down = true;
    state.now = 2000;
    for (let i = 0; i < 20; i++) await cache.read('a', load);
    expect(state.versionReads).toBe(2);
    state.now = 3100;
    await cache.read('a', load);
    expect(state.versionReads).toBe(3);
  });

  it('does not keep failures other than an unreachable database', async () => {
    const { cache } = setup();
    const broken = vi.fn(async () => {
      throw new Error('syntax error');
    });
    await expect(cache.read('a', broken)).rejects.toThrow('syntax error');
    await expect(cache.read('a', broken)).rejects.toThrow('syntax error');
    expect(broken).toHaveBeenCalledTimes(2);
    expect(cache.status()).toEqual({ reachable: true });
  });

  it('keeps at most maxEntries, dropping the least recently used', async () => {
    const { cache, load } = setup({ maxEntries: 2 });
    await cache.read('a', load);
    await cache.read('b', load);
    await cache.read('a', load);
    await cache.read('c', load);
    expect(cache.size).toBe(2);
    await cache.read('a', load);
    expect(load).toHaveBeenCalledTimes(3);
    await cache.read('b', load);
    expect(load).toHaveBeenCalledTimes(4);
  });
});

describe('stableKey', () => {
  it('is the same for the same parameters in any order and ignores undefined ones', () => {
    expect(stableKey([{ region: '36.73', indicator: 'krs_families', source: undefined }])).toBe(
      stableKey([{ indicator: 'krs_families', region: '36.73' }]),
    );
    expect(stableKey([{ region: '36.73' }])).not.toBe(stableKey([{ region: '36.73.06' }]));
    expect(stableKey(['36.73', 'region'])).not.toBe(stableKey(['36.73']));
  });
});
