import { ckmeans, quantileSorted } from 'simple-statistics';

// Choropleth classification: up to five classes by quantiles or by ckmeans (natural
// breaks), a colour-blind-safe sequential palette (ColorBrewer YlOrRd), and a class count.
// A missing value is "no data": it gets no class and is never painted as the lowest class.

export type ClassMethod = 'quantile' | 'ckmeans';

export type ClassBin = { min: number; max: number; color: string; count: number };

export type Classification = {
  method: ClassMethod;
  bins: ClassBin[];
  noDataCount: number;
};

/** ColorBrewer YlOrRd, by number of classes (light = low, dark red = high). */
const YL_OR_RD: Record<number, readonly string[]> = {
  1: ['#fd8d3c'],
  2: ['#fecc5c', '#e31a1c'],
  3: ['#ffeda0', '#feb24c', '#f03b20'],
  4: ['#ffffb2', '#fecc5c', '#fd8d3c', '#e31a1c'],
  5: ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'],
  6: ['#ffffb2', '#fed976', '#feb24c', '#fd8d3c', '#f03b20', '#bd0026'],
  7: ['#ffffb2', '#fed976', '#feb24c', '#fd8d3c', '#fc4e2a', '#e31a1c', '#b10026'],
};
export const maxClasses = 7;
/** Fill of regions without data; the map overlays a hatch so it never reads as a class. */
export const noDataColor = '#d4d4d4';

export function palette(classes: number): readonly string[] {
  const k = Math.min(Math.max(Math.round(classes), 1), maxClasses);
  return YL_OR_RD[k] as readonly string[];
}

function isValue(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

export function classify(
  values: readonly (number | null | undefined)[],
  options: { classes?: number; method?: ClassMethod } = {},
): Classification {
  const method = options.method ?? 'quantile';
  const sorted = values.filter(isValue).sort((a, b) => a - b);
  const noDataCount = values.length - sorted.length;
  if (sorted.length === 0) return { method, bins: [], noDataCount };

  const distinct = new Set(sorted).size;
  const k = Math.min(Math.max(Math.round(options.classes ?? 5), 1), maxClasses, distinct);
  const ranges = method === 'ckmeans' ? ckmeansRanges(sorted, k) : quantileRanges(sorted, k);
  const colors = palette(ranges.length);
  const bins = ranges.map(([min, max], i) => ({ min, max, color: colors[i] as string, count: 0 }));
  const classification: Classification = { method, bins, noDataCount };
  for (const v of sorted) {
    const i = classIndex(classification, v);
    if (i !== null) (bins[i] as ClassBin).count++;
  }
  return classification;
}

function quantileRanges(sorted: number[], k: number): [number, number][] {
  const breaks: number[] = [];
  for (let i = 0; i <= k; i++) {
    const b = i === 0 ? (sorted[0] as number) : i === k ? (sorted.at(-1) as number) : quantileSorted(sorted, i / k);
    // Ties collapse equal breaks, so a class never has zero width.
    if (breaks.length === 0 || b > (breaks.at(-1) as number)) breaks.push(b);
  }
  if (breaks.length === 1) return [[breaks[0] as number, breaks[0] as number]];
  return breaks.slice(1).map((max, i) => [breaks[i] as number, max]);
}

function ckmeansRanges(sorted: number[], k: number): [number, number][] {
  return ckmeans(sorted, k).map((cluster) => [cluster[0] as number, cluster.at(-1) as number]);
}

/** The class of a value (upper bounds inclusive), or null for no data. Values outside the range clamp to the end classes. */
export function classIndex(classification: Classification, value: number | null | undefined): number | null {
  if (!isValue(value) || classification.bins.length === 0) return null;
  const i = classification.bins.findIndex((bin) => value <= bin.max);
  return i === -1 ? classification.bins.length - 1 : i;
}

export function classColor(classification: Classification, value: number | null | undefined): string | null {
  const i = classIndex(classification, value);
  return i === null ? null : (classification.bins[i]?.color ?? null);
}
