import { describe, expect, it } from 'vitest';
import { childLevelOf, levelChoicesFor, mapLevelOf } from './search-params';

describe('/peta region level', () => {
  it('offers only the levels below the children of the region drawn', () => {
    expect([childLevelOf('36'), levelChoicesFor('36')]).toEqual(['kabkota', ['kecamatan', 'kelurahan']]);
    expect([childLevelOf('36.73'), levelChoicesFor('36.73')]).toEqual(['kecamatan', ['kelurahan']]);
    expect([childLevelOf('36.73.02'), levelChoicesFor('36.73.02')]).toEqual(['kelurahan', []]);
  });

  it('maps the URL choice to the API level, falling back to the children where it is not offered', () => {
    expect(mapLevelOf('36', 'kecamatan')).toBe('district');
    expect(mapLevelOf('36', 'kelurahan')).toBe('village');
    expect(mapLevelOf('36', null)).toBe('children');
    expect(mapLevelOf('36.73', 'kelurahan')).toBe('village');
    // Links made before the province map: level=kecamatan at the kab/kota is its children.
    expect(mapLevelOf('36.73', 'kecamatan')).toBe('children');
    expect(mapLevelOf('36.73.02', 'kelurahan')).toBe('children');
  });
});
