import { describe, expect, it } from 'vitest';
import { BoundaryFileError, matchBoundaries, parseBoundaryFile, propertyNames } from './boundary-file';

const square = (x: number, y: number) => [
  [
    [x, y],
    [x + 0.01, y],
    [x + 0.01, y + 0.01],
    [x, y],
  ],
];
const regions = [
  { code: '36.73.01', name: 'Serang', level: 'district' },
  { code: '36.73.02', name: 'Kasemen', level: 'district' },
  { code: '36.73.03', name: 'Walantaka', level: 'district' },
];
const geojson = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { KDCPUM: '367301', WADMKC: 'Serang' },
      geometry: { type: 'Polygon', coordinates: square(106.15, -6.12) },
    },
    {
      type: 'Feature',
      properties: { KDCPUM: '36.73.02', WADMKC: 'KASEMEN' },
      geometry: { type: 'MultiPolygon', coordinates: [square(106.17, -6.05), square(106.2, -6.04)] },
    },
    {
      type: 'Feature',
      properties: { KDCPUM: '9999', WADMKC: 'Lain' },
      geometry: { type: 'Polygon', coordinates: square(106.1, -6.1) },
    },
    { type: 'Feature', properties: { WADMKC: 'Titik' }, geometry: { type: 'Point', coordinates: [106.1, -6.1] } },
  ],
};

const fileError = (text: string) => {
  try {
    parseBoundaryFile(text);
  } catch (error) {
    expect(error).toBeInstanceOf(BoundaryFileError);
    return (error as BoundaryFileError).text.en;
  }
  throw new Error('expected a BoundaryFileError');
};

describe('parseBoundaryFile and matchBoundaries', () => {
  it('reads Polygon and MultiPolygon features and matches them by name, reporting the rest', () => {
    const features = parseBoundaryFile(JSON.stringify(geojson));
    expect(features).toHaveLength(3);
    expect(propertyNames(features)).toEqual(['KDCPUM', 'WADMKC']);
    const byName = matchBoundaries(features, 'WADMKC', regions);
    expect(byName.matched.map((m) => m.code)).toEqual(['36.73.01', '36.73.02']);
    expect(byName.unmatched).toEqual(['Lain']);
    expect(byName.missing).toEqual([{ code: '36.73.03', name: 'Walantaka' }]);
  });

  it('matches Kemendagri codes with or without dots', () => {
    const features = parseBoundaryFile(JSON.stringify(geojson));
    const byCode = matchBoundaries(features, 'KDCPUM', regions);
    expect(byCode.matched.map((m) => [m.code, m.value])).toEqual([
      ['36.73.01', '367301'],
      ['36.73.02', '36.73.02'],
    ]);
    expect(byCode.unmatched).toEqual(['9999']);
  });

  it('reads TopoJSON', () => {
    const topology = {
      type: 'Topology',
      arcs: [
        [
          [106.15, -6.12],
          [106.16, -6.12],
          [106.16, -6.11],
          [106.15, -6.12],
        ],
      ],
      objects: {
        kecamatan: {
          type: 'GeometryCollection',
          geometries: [{ type: 'Polygon', arcs: [[0]], properties: { nama: 'Walantaka' } }],
        },
      },
    };
    const match = matchBoundaries(parseBoundaryFile(JSON.stringify(topology)), 'nama', regions);
    expect(match.matched.map((m) => [m.code, m.geometry.type])).toEqual([['36.73.03', 'Polygon']]);
  });

  it('refuses files that are not JSON, hold no polygons, or put latitude first', () => {
    expect(fileError('KDCPUM;WADMKC')).toMatch(/not JSON/);
    expect(fileError('{"type":"FeatureCollection","features":[]}')).toMatch(/no Polygon/);
    expect(fileError('{"type":"GeometryCollection"}')).toMatch(/neither/);
    const swapped = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [-6.12, 106.15],
            [-6.12, 106.16],
            [-6.11, 106.16],
            [-6.12, 106.15],
          ],
        ],
      },
    };
    expect(fileError(JSON.stringify(swapped))).toMatch(/latitude first/);
    const projected = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [650000, 9320000],
            [650100, 9320000],
            [650000, 9320100],
            [650000, 9320000],
          ],
        ],
      },
    };
    expect(fileError(JSON.stringify(projected))).toMatch(/EPSG:4326/);
  });
});
