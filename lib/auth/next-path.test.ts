import { describe, expect, it } from 'vitest';
import { safeNextPath } from './next-path';

describe('safeNextPath', () => {
  it('keeps a path on this site with its query', () => {
    expect(safeNextPath('/admin/katalog')).toBe('/admin/katalog');
    expect(safeNextPath('/en/admin/riwayat?indicator=krs_families&region=36.73')).toBe(
      '/en/admin/riwayat?indicator=krs_families&region=36.73',
    );
  });

  it('refuses anything that would leave the site', () => {
    for (const next of ['//evil.example', '/\\evil.example', '/\\/evil.example', 'https://evil.example/admin', 'admin', '']) {
      expect(safeNextPath(next), next).toBeNull();
    }
  });

  it('refuses a missing or repeated parameter', () => {
    expect(safeNextPath(undefined)).toBeNull();
    expect(safeNextPath(['/admin', '/x'])).toBeNull();
  });
});
