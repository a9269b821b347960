import type { AnnotationDto, SeriesPoint, TargetDto } from './api/schemas';
import { periodMidpoint } from './period';

// Pure transforms from API shapes to chart rows. Time axes are real time: a point sits at
// the middle of its period, so a semester edition and a yearly edition are spaced honestly.

export type TimelinePoint = {
  /** ms since epoch: the middle of the period */
  x: number;
  value: number | null;
  rate: number | null;
  period: string;
  edition: string;
  editionName: string;
  editionNameEn: string | null;
  illustrative: boolean;
};

export function toTimeline(points: readonly SeriesPoint[]): TimelinePoint[] {
  return points.map((p) => ({
    x: periodMidpoint(p),
    value: p.value,
    rate: p.rate,
    period: p.period,
    edition: p.edition,
    editionName: p.editionName,
    editionNameEn: p.editionNameEn,
    illustrative: p.origin === 'illustrative',
  }));
}

export type TimelineEvent = { x: number; date: string; title: string };

/** Annotations as points on the time axis, titled in the page language. */
export function toEvents(annotations: readonly AnnotationDto[], lang: 'id' | 'en'): TimelineEvent[] {
  return annotations.map((a) => ({ x: dateToTime(a.date), date: a.date, title: a.title[lang] }));
}

export type TargetMark = { x: number; value: number; period: string; legalBasis: string };

export function toTargetMarks(targets: readonly TargetDto[]): TargetMark[] {
  return targets.map((t) => ({
    x: periodMidpoint({ periodType: periodTypeOf(t.period), periodStart: t.periodStart }),
    value: t.value,
    period: t.period,
    legalBasis: t.legalBasis,
  }));
}

function periodTypeOf(label: string): 'year' | 'semester' | 'quarter' | 'month' {
  if (/-S[12]$/.test(label)) return 'semester';
  if (/-Q[1-4]$/.test(label)) return 'quarter';
  if (/-\d{2}$/.test(label)) return 'month';
  return 'year';
}

/** '2025-10-28' -> ms since epoch at UTC midnight. */
export function dateToTime(iso: string): number {
  return Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
}

/** An axis domain holding every x given, padded on both sides by a share of its span (at least 30 days). */
export function timeDomain(xs: readonly number[], padShare = 0.06): [number, number] {
  const finite = xs.filter(Number.isFinite);
  if (finite.length === 0) return [0, 1];
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const pad = Math.max((max - min) * padShare, 30 * 86_400_000);
  return [min - pad, max + pad];
}

/** The middle of each calendar year whose middle lies inside the domain, for year ticks. */
export function yearTicks([from, to]: readonly [number, number]): number[] {
  const ticks: number[] = [];
  for (let year = new Date(from).getUTCFullYear(); year <= new Date(to).getUTCFullYear(); year++) {
    const mid = periodMidpoint({ periodType: 'year', periodStart: `${year}-01-01` });
    if (mid >= from && mid <= to) ticks.push(mid);
  }
  return ticks;
}

/** A round upper bound for a value axis that starts at zero: 23711 -> 30000, 38.6 -> 50 (10% headroom for point labels). */
export function niceMax(values: readonly number[]): number {
  const max = Math.max(0, ...values.filter(Number.isFinite));
  if (max === 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    if (step * magnitude >= max * 1.1) return step * magnitude;
  }
  return 10 * magnitude;
}

/** Evenly spaced ticks from 0 to `max` with a round step (1, 2, 2.5 or 5 times a power of ten) where one exists. */
export function axisTicks(max: number): number[] {
  if (!(max > 0)) return [0];
  const round = (v: number) => Number.parseFloat(v.toPrecision(12));
  for (const count of [5, 4, 6, 3]) {
    const step = max / count;
    const normalized = round(step / 10 ** Math.floor(Math.log10(step)));
    if ([1, 2, 2.5, 5].includes(normalized)) return Array.from({ length: count + 1 }, (_, i) => round(i * step));
  }
  return Array.from({ length: 6 }, (_, i) => round((i * max) / 5));
}
