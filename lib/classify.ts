import { ckmeans, quantileSorted } from 'simple-statistics';

// Choropleth classification: classes by quantiles, equal intervals, ckmeans (natural
// breaks) or manual breaks, a colour-blind-safe sequential palette (ColorBrewer YlOrRd), and
// a class count. A missing value is "no data": it gets no class and is never painted as the
// lowest class. Breaks can be computed over every period and then reused (`recount`), so a
// colour means the same value whichever period is shown.

export const classMethods = ['quantile', 'equal', 'ckmeans', 'manual'] as const;
export type ClassMethod = (typeof classMethods)[number];

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

export type ClassifyOptions = {
  classes?: number;
  method?: ClassMethod;
  /** Manual method: the inner break points (upper bounds of all classes but the last). */
  breaks?: readonly number[];
};

export function classify(values: readonly (number | null | undefined)[], options: ClassifyOptions = {}): Classification {
  const method = options.method ?? 'quantile';
  const sorted = values.filter(isValue).sort((a, b) => a - b);
  if (sorted.length === 0) return { method, bins: [], noDataCount: values.length };

  const distinct = new Set(sorted).size;
  const k = Math.min(Math.max(Math.round(options.classes ?? 5), 1), maxClasses, distinct);
  const ranges =
    method === 'ckmeans'
      ? ckmeansRanges(sorted, k)
      : method === 'equal'
        ? equalRanges(sorted, Math.min(Math.max(Math.round(options.classes ?? 5), 1), maxClasses))
        : method === 'manual'
          ? manualRanges(sorted, options.breaks ?? [])
          : quantileRanges(sorted, k);
  const colors = palette(ranges.length);
  const bins = ranges.map(([min, max], i) => ({ min, max, color: colors[i] as string, count: 0 }));
  return recount({ method, bins, noDataCount: 0 }, values);
}

/** The same classes (ranges and colours) with counts taken from `values`: fixed breaks across periods. */
export function recount(classification: Classification, values: readonly (number | null | undefined)[]): Classification {
  const bins = classification.bins.map((b) => ({ ...b, count: 0 }));
  const result: Classification = { method: classification.method, bins, noDataCount: 0 };
  for (const v of values) {
    const i = classIndex(result, v);
    if (i === null) result.noDataCount++;
    else (bins[i] as ClassBin).count++;
  }
  return result;
}

/** k classes of equal width from the lowest to the highest value. */
function equalRanges(sorted: number[], k: number): [number, number][] {
  const min = sorted[0] as number;
  const max = sorted.at(-1) as number;
  if (min === max) return [[min, max]];
  const width = (max - min) / k;
  const round = (v: number) => Number.parseFloat(v.toPrecision(12));
  return Array.from({ length: k }, (_, i) => [round(min + i * width), i === k - 1 ? max : round(min + (i + 1) * width)]);
}

/** Classes cut at the given breaks (sorted, deduplicated, kept only inside the data's range). */
function manualRanges(sorted: number[], breaks: readonly number[]): [number, number][] {
  const min = sorted[0] as number;
  const max = sorted.at(-1) as number;
  const inner = [...new Set(breaks.filter((b) => Number.isFinite(b) && b > min && b < max))]
    .sort((a, b) => a - b)
    .slice(0, maxClasses - 1);
  const edges = [min, ...inner, max];
  if (min === max) return [[min, max]];
  return edges.slice(1).map((hi, i) => [edges[i] as number, hi]);
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
