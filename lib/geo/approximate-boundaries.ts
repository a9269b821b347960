import {
  booleanPointInPolygon,
  buffer,
  circle,
  concave,
  convex,
  featureCollection,
  intersect,
  multiPoint,
  point,
  polygon,
  union,
} from '@turf/turf';
import { Delaunay } from 'd3-delaunay';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

// Approximate kecamatan and kelurahan/desa shapes for a kab/kota with no official boundary
// file: Voronoi cells around village centre points, clipped to a buffered concave hull of
// those points, dissolved upwards. Recognisable, not exact: label them as approximate.

export type CentrePoint = { code: string; longitude: number; latitude: number };
export type VillageRef = { code: string; districtCode: string };
export type AreaGeometry = Polygon | MultiPolygon;
export type AreaShape = { code: string; geometry: AreaGeometry };

export type BoundaryInput = {
  districtCodes: readonly string[];
  villages: readonly VillageRef[];
  /** Centre points by village code; points of villages not listed are ignored. */
  points: readonly CentrePoint[];
};

export type ApproximateBoundaries = {
  /** Union of the district shapes; null when no village has a point. */
  regency: AreaGeometry | null;
  districts: AreaShape[];
  villages: AreaShape[];
  /** Villages without a usable centre point, hence without a shape (sorted). */
  missingVillageCodes: string[];
};

export type BoundaryOptions = { hullMaxEdgeKm?: number; hullBufferKm?: number };

export const DEFAULT_HULL_MAX_EDGE_KM = 6;
export const DEFAULT_HULL_BUFFER_KM = 1.5;
const DECIMALS = 5;
const SCALE = 10 ** DECIMALS;
// Villages sharing one centre point are spread ~50 m apart so each still gets a cell.
const DUPLICATE_OFFSET_DEG = 0.0005;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export function computeApproximateBoundaries(input: BoundaryInput, options: BoundaryOptions = {}): ApproximateBoundaries {
  const maxEdge = options.hullMaxEdgeKm ?? DEFAULT_HULL_MAX_EDGE_KM;
  const bufferKm = options.hullBufferKm ?? DEFAULT_HULL_BUFFER_KM;

  const pointByCode = new Map<string, Position>();
  for (const p of input.points) {
    if (!pointByCode.has(p.code) && isValidPosition(p.longitude, p.latitude)) {
      pointByCode.set(p.code, [p.longitude, p.latitude]);
    }
  }
  const villages = [...new Map(input.villages.map((v) => [v.code, v])).values()].sort((a, b) => compare(a.code, b.code));
  const placed = villages.filter((v) => pointByCode.has(v.code));
  const missingVillageCodes = villages.filter((v) => !pointByCode.has(v.code)).map((v) => v.code);
  if (placed.length === 0) return { regency: null, districts: [], villages: [], missingVillageCodes };

  const positions = separateDuplicates(placed.map((v) => pointByCode.get(v.code) as Position));
  const clip = clipArea(positions, maxEdge, bufferKm);
  const cells = voronoiCells(positions, clip);

  const villageShapes: AreaShape[] = [];
  const cellsByDistrict = new Map<string, AreaGeometry[]>();
  placed.forEach((village, i) => {
    const geometry = cells[i];
    if (!geometry) {
      missingVillageCodes.push(village.code);
      return;
    }
    villageShapes.push({ code: village.code, geometry });
    const list = cellsByDistrict.get(village.districtCode) ?? [];
    list.push(geometry);
    cellsByDistrict.set(village.districtCode, list);
  });

  const districtShapes: AreaShape[] = [];
  for (const code of [...new Set(input.districtCodes)].sort(compare)) {
    const geometry = dissolve(cellsByDistrict.get(code) ?? []);
    if (geometry) districtShapes.push({ code, geometry });
  }
  const regency = dissolve(districtShapes.map((d) => d.geometry));
  return { regency, districts: districtShapes, villages: villageShapes, missingVillageCodes: missingVillageCodes.sort(compare) };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isValidPosition(lon: number, lat: number): boolean {
  return Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
}

function separateDuplicates(positions: Position[]): Position[] {
  const seen = new Map<string, number>();
  return positions.map(([lon = 0, lat = 0]) => {
    const key = `${lon.toFixed(6)},${lat.toFixed(6)}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    if (k === 0) return [lon, lat];
    const angle = k * GOLDEN_ANGLE;
    const radius = DUPLICATE_OFFSET_DEG * Math.sqrt(k);
    return [lon + (radius * Math.cos(angle)) / Math.cos((lat * Math.PI) / 180), lat + radius * Math.sin(angle)];
  });
}

/** The buffered concave hull of the points, widened so that every point lies inside it. */
function clipArea(positions: Position[], maxEdgeKm: number, bufferKm: number): Feature<AreaGeometry> {
  const points = featureCollection(positions.map((p) => point(p)));
  let hull: Feature<AreaGeometry> | null = null;
  if (positions.length >= 3) {
    try {
      hull = concave(points, { maxEdge: maxEdgeKm, units: 'kilometers' }) ?? convex(points);
    } catch {
      // Collinear or too sparse for a triangulation: fall through to the points themselves.
      hull = null;
    }
  }
  const base = hull ? buffer(hull, bufferKm, { units: 'kilometers' }) : undefined;
  let area = base ?? (buffer(multiPoint(positions), bufferKm, { units: 'kilometers' }) as Feature<AreaGeometry>);
  // A point whose triangles all exceed maxEdge is left out of the concave hull: add a disc.
  const outside = positions.filter((p) => !booleanPointInPolygon(p, area));
  if (outside.length > 0) {
    const discs = outside.map((p) => circle(p, bufferKm, { units: 'kilometers', steps: 32 }));
    area = union(featureCollection<AreaGeometry>([area, ...discs])) ?? area;
  }
  return area;
}

/** One clipped, rounded Voronoi cell per position (null when nothing is left of it). */
function voronoiCells(positions: Position[], clip: Feature<AreaGeometry>): (AreaGeometry | null)[] {
  // Work in a plane where a degree of longitude is as long as a degree of latitude.
  const meanLat = positions.reduce((s, p) => s + (p[1] ?? 0), 0) / positions.length;
  const kx = Math.cos((meanLat * Math.PI) / 180);
  const flat = positions.map(([lon = 0, lat = 0]): [number, number] => [lon * kx, lat]);
  const [minLon, minLat, maxLon, maxLat] = bboxOf(clip.geometry);
  const margin = 0.01;
  const delaunay = Delaunay.from(flat);
  const voronoi = delaunay.voronoi([minLon * kx - margin, minLat - margin, maxLon * kx + margin, maxLat + margin]);

  const edges = edgeBoxes(clip.geometry);
  return positions.map((_, i) => {
    const ring = voronoi.cellPolygon(i);
    if (!ring) return null;
    const cell = polygon([ring.map(([x = 0, y = 0]) => [x / kx, y])]);
    // Polygon clipping is the slow step: a cell that no clip edge comes near lies wholly
    // inside the clip area (its own point does), so it is kept as it is.
    const box = bboxOf(cell.geometry);
    if (!edges.some((e) => e[0] <= box[2] && e[2] >= box[0] && e[1] <= box[3] && e[3] >= box[1])) {
      return roundGeometry(cell.geometry);
    }
    const local = cropToBox(clip.geometry, widen(box));
    if (!local) return null;
    const clipped = intersect(featureCollection<AreaGeometry>([cell, { type: 'Feature', properties: {}, geometry: local }]));
    return clipped ? roundGeometry(clipped.geometry) : null;
  });
}

function widen([minX, minY, maxX, maxY]: Box): Box {
  const m = Math.max(maxX - minX, maxY - minY) * 0.1 + 1e-6;
  return [minX - m, minY - m, maxX + m, maxY + m];
}

/**
 * The clip area cut down to a box around one cell (Sutherland-Hodgman per ring), so the
 * exact clipping sees a few dozen edges instead of hundreds. Stray edges it leaves along
 * the box border lie outside the cell and cancel out under the non-zero rule.
 */
function cropToBox(geometry: AreaGeometry, box: Box): MultiPolygon | null {
  const polygons: Position[][][] = [];
  for (const [outer = [], ...holes] of geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) {
    const shell = cropRing(outer, box);
    if (!shell) continue;
    polygons.push([shell, ...holes.map((h) => cropRing(h, box)).filter((r): r is Position[] => r !== null)]);
  }
  return polygons.length > 0 ? { type: 'MultiPolygon', coordinates: polygons } : null;
}

function cropRing(ring: Position[], [minX, minY, maxX, maxY]: Box): Position[] | null {
  type Pt = [number, number];
  const sides: [(p: Pt) => boolean, (a: Pt, b: Pt) => Pt][] = [
    [(p) => p[0] >= minX, (a, b) => atX(a, b, minX)],
    [(p) => p[0] <= maxX, (a, b) => atX(a, b, maxX)],
    [(p) => p[1] >= minY, (a, b) => atY(a, b, minY)],
    [(p) => p[1] <= maxY, (a, b) => atY(a, b, maxY)],
  ];
  let pts: Pt[] = ring.slice(0, -1).map(([x = 0, y = 0]) => [x, y]);
  for (const [inside, cut] of sides) {
    const out: Pt[] = [];
    pts.forEach((current, i) => {
      const previous = pts[(i + pts.length - 1) % pts.length] as Pt;
      if (inside(current)) {
        if (!inside(previous)) out.push(cut(previous, current));
        out.push(current);
      } else if (inside(previous)) {
        out.push(cut(previous, current));
      }
    });
    pts = out;
    if (pts.length < 3) return null;
  }
  return [...pts, pts[0] as Pt];
}

function atX(a: [number, number], b: [number, number], x: number): [number, number] {
  return [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
}

function atY(a: [number, number], b: [number, number], y: number): [number, number] {
  return [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
}

type Box = [number, number, number, number];

function edgeBoxes(geometry: AreaGeometry): Box[] {
  const boxes: Box[] = [];
  for (const rings of geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) {
    for (const ring of rings) {
      for (let j = 1; j < ring.length; j++) {
        const [ax = 0, ay = 0] = ring[j - 1] ?? [];
        const [bx = 0, by = 0] = ring[j] ?? [];
        boxes.push([Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by)]);
      }
    }
  }
  return boxes;
}

function bboxOf(geometry: AreaGeometry): Box {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const rings of geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) {
    for (const ring of rings) {
      for (const [x = 0, y = 0] of ring) {
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
      }
    }
  }
  return [minX, minY, maxX, maxY];
}

function dissolve(geometries: AreaGeometry[]): AreaGeometry | null {
  if (geometries.length === 0) return null;
  if (geometries.length === 1) return geometries[0] ?? null;
  const merged = union(featureCollection(geometries.map((g) => ({ type: 'Feature' as const, properties: {}, geometry: g }))));
  return merged ? roundGeometry(merged.geometry) : null;
}

/** Rounds to 5 decimals (about 1 m) and drops rings that collapse in doing so. */
export function roundGeometry(geometry: AreaGeometry): AreaGeometry | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const rounded: Position[][][] = [];
  for (const [outer = [], ...holes] of polygons) {
    const shell = roundRing(outer);
    if (!shell) continue;
    rounded.push([shell, ...holes.map(roundRing).filter((r): r is Position[] => r !== null)]);
  }
  if (rounded.length === 0) return null;
  if (rounded.length === 1) return { type: 'Polygon', coordinates: rounded[0] as Position[][] };
  return { type: 'MultiPolygon', coordinates: rounded };
}

function roundRing(ring: Position[]): Position[] | null {
  const out: Position[] = [];
  for (const [x = 0, y = 0] of ring) {
    const p = [Math.round(x * SCALE) / SCALE, Math.round(y * SCALE) / SCALE];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0] ?? 0, first[1] ?? 0]);
  // A closed ring needs three distinct corners plus the closing point.
  return out.length >= 4 ? out : null;
}
