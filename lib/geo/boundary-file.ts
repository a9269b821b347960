import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Text2 } from '@/lib/import/read-table';
import { normalizeName } from '@/lib/import/validate';

// Official boundaries from a GeoJSON FeatureCollection (BIG and most public sources) or a
// TopoJSON topology: Polygon and MultiPolygon features, longitude first. The user picks the
// property holding the Kemendagri code or the name; regions are matched on it.

export type BoundaryFeature = { properties: Record<string, unknown>; geometry: Polygon | MultiPolygon };

export class BoundaryFileError extends Error {
  constructor(readonly text: Text2) {
    super(text.en);
  }
}

const fail = (id: string, en: string): never => {
  throw new BoundaryFileError({ id, en });
};

export function parseBoundaryFile(text: string): BoundaryFeature[] {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('Berkas bukan JSON (GeoJSON atau TopoJSON).', 'The file is not JSON (GeoJSON or TopoJSON).');
  }
  const collection = toFeatureCollection(json);
  const features: BoundaryFeature[] = [];
  for (const f of collection.features) {
    if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) continue;
    features.push({ properties: (f.properties ?? {}) as Record<string, unknown>, geometry: f.geometry });
  }
  if (features.length === 0) {
    fail('Berkas tidak berisi poligon (Polygon atau MultiPolygon).', 'The file has no Polygon or MultiPolygon features.');
  }
  const [x, y] = firstPosition(features[0]?.geometry as Polygon | MultiPolygon);
  // Indonesia lies at longitude 95-141, latitude -11-6: a first value in the latitude band and a
  // second in the longitude band means latitude was written first.
  if (Math.abs(x) <= 11 && y >= 95 && y <= 141) {
    fail(
      'Koordinat tertulis lintang dahulu; GeoJSON memerlukan bujur dahulu.',
      'Coordinates are latitude first; GeoJSON needs longitude first.',
    );
  }
  if (Math.abs(x) > 180 || Math.abs(y) > 90) {
    fail(
      'Koordinat bukan bujur/lintang derajat (WGS84); ekspor ulang berkas dalam EPSG:4326.',
      'Coordinates are not longitude/latitude degrees (WGS84); export the file again in EPSG:4326.',
    );
  }
  return features;
}

function toFeatureCollection(json: unknown): FeatureCollection {
  const value = json as { type?: string; objects?: Record<string, unknown>; features?: unknown[] };
  if (value?.type === 'FeatureCollection' && Array.isArray(value.features)) return value as FeatureCollection;
  if (value?.type === 'Feature') return { type: 'FeatureCollection', features: [value as Feature] };
  if (value?.type === 'Topology' && value.objects) {
    const features: Feature[] = [];
    for (const name of Object.keys(value.objects)) {
      const result = topoFeature(value as unknown as Topology, name as never) as Feature | FeatureCollection;
      features.push(...(result.type === 'FeatureCollection' ? result.features : [result]));
    }
    return { type: 'FeatureCollection', features };
  }
  return fail(
    'Berkas bukan GeoJSON FeatureCollection atau TopoJSON Topology.',
    'The file is neither a GeoJSON FeatureCollection nor a TopoJSON Topology.',
  );
}

function firstPosition(geometry: Geometry): [number, number] {
  const g = geometry as Polygon | MultiPolygon;
  const ring = g.type === 'Polygon' ? g.coordinates[0] : g.coordinates[0]?.[0];
  const p = ring?.[0] ?? [0, 0];
  return [p[0] ?? 0, p[1] ?? 0];
}

/** The properties present in the features, for choosing which holds the code or name. */
export function propertyNames(features: BoundaryFeature[]): string[] {
  return [...new Set(features.flatMap((f) => Object.keys(f.properties)))].sort();
}

export type BoundaryRegion = { code: string; name: string; level: string };
export type BoundaryMatch = {
  matched: { code: string; name: string; value: string; geometry: Polygon | MultiPolygon }[];
  unmatched: string[];
  missing: { code: string; name: string }[];
};

/**
 * Matches features to regions of one level by the chosen property: a Kemendagri code
 * (with or without dots, as BIG writes 3673021001) or a name. A name that fits several
 * regions is left unmatched rather than guessed.
 */
export function matchBoundaries(features: BoundaryFeature[], property: string, regions: BoundaryRegion[]): BoundaryMatch {
  const byCode = new Map(regions.map((r) => [r.code.replace(/\./g, ''), r]));
  const byName = new Map<string, BoundaryRegion[]>();
  for (const r of regions) byName.set(normalizeName(r.name), [...(byName.get(normalizeName(r.name)) ?? []), r]);
  const result: BoundaryMatch = { matched: [], unmatched: [], missing: [] };
  const seen = new Set<string>();
  for (const f of features) {
    const value = String(f.properties[property] ?? '').trim();
    const candidates = byCode.has(value.replace(/\./g, ''))
      ? [byCode.get(value.replace(/\./g, '')) as BoundaryRegion]
      : (byName.get(normalizeName(value)) ?? []);
    const region = candidates.length === 1 ? candidates[0] : undefined;
    if (!region || seen.has(region.code)) {
      result.unmatched.push(value || '(kosong)');
      continue;
    }
    seen.add(region.code);
    result.matched.push({ code: region.code, name: region.name, value, geometry: f.geometry });
  }
  result.missing = regions.filter((r) => !seen.has(r.code)).map(({ code, name }) => ({ code, name }));
  return result;
}
