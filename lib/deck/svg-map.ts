import type { Geometry, Position } from 'geojson';

// Kecamatan boundaries as SVG paths for the map slide: a static picture that prints, goes
// into the .pptx as an image and needs no map library or tile server. Longitude is scaled by
// the cosine of the middle latitude, enough for a city-sized area.

const WIDTH = 1000;

function rings(geometry: Geometry): Position[][] {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

/** One path per region code (null without a polygon) and the shared viewBox. */
export function svgPaths(features: readonly { code: string; geometry: Geometry | null }[]): {
  viewBox: string;
  paths: Map<string, string | null>;
} {
  const all = features.flatMap((f) => (f.geometry ? rings(f.geometry).flat() : []));
  const paths = new Map<string, string | null>();
  if (all.length === 0) {
    for (const f of features) paths.set(f.code, null);
    return { viewBox: `0 0 ${WIDTH} ${WIDTH}`, paths };
  }
  const lons = all.map((p) => p[0] ?? 0);
  const lats = all.map((p) => p[1] ?? 0);
  const [minLon, maxLon, minLat, maxLat] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const xScale = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const scale = WIDTH / Math.max((maxLon - minLon) * xScale, 1e-9);
  const point = ([lon = 0, lat = 0]: Position) =>
    `${((lon - minLon) * xScale * scale).toFixed(1)} ${((maxLat - lat) * scale).toFixed(1)}`;
  for (const f of features) {
    const d = f.geometry
      ? rings(f.geometry)
          .map((ring) => `M${ring.map(point).join('L')}Z`)
          .join('')
      : '';
    paths.set(f.code, d || null);
  }
  const height = Math.ceil((maxLat - minLat) * scale);
  return { viewBox: `0 0 ${WIDTH} ${height}`, paths };
}
