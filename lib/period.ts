import type { PeriodType } from '@/db/schema/enums';

// Periods are stored as (type, start date). Labels are what people and the API use:
// 2023 (year), 2024-S1 (semester), 2024-Q3 (quarter), 2024-06 (month).

export type Period = { periodType: PeriodType; periodStart: string };

const monthsPerPeriod: Record<PeriodType, number> = { year: 12, semester: 6, quarter: 3, month: 1 };

export function formatPeriod({ periodType, periodStart }: Period): string {
  const year = periodStart.slice(0, 4);
  const month = Number(periodStart.slice(5, 7));
  switch (periodType) {
    case 'year':
      return year;
    case 'semester':
      return `${year}-S${month <= 6 ? 1 : 2}`;
    case 'quarter':
      return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
    case 'month':
      return `${year}-${String(month).padStart(2, '0')}`;
  }
}

export class InvalidPeriodError extends Error {}

export function parsePeriod(label: string): Period {
  const match = /^((?:19|20)\d{2})(?:-(S[12]|Q[1-4]|0[1-9]|1[0-2]))?$/.exec(label.trim());
  if (!match) {
    throw new InvalidPeriodError(`"${label}" is not a period; expected 2024, 2024-S1, 2024-Q3 or 2024-06`);
  }
  const year = match[1] as string;
  const part = match[2];
  if (!part) return { periodType: 'year', periodStart: `${year}-01-01` };
  if (part.startsWith('S')) return { periodType: 'semester', periodStart: `${year}-${part === 'S1' ? '01' : '07'}-01` };
  if (part.startsWith('Q')) {
    const month = (Number(part.slice(1)) - 1) * 3 + 1;
    return { periodType: 'quarter', periodStart: `${year}-${String(month).padStart(2, '0')}-01` };
  }
  return { periodType: 'month', periodStart: `${year}-${part}-01` };
}

/** The first day after the period, as an ISO date. */
export function periodEnd({ periodType, periodStart }: Period): string {
  const date = new Date(`${periodStart}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + monthsPerPeriod[periodType]);
  return date.toISOString().slice(0, 10);
}

/** Where a point of this period sits on a real time axis: the middle of the period (ms since epoch). */
export function periodMidpoint(period: Period): number {
  const start = Date.parse(`${period.periodStart}T00:00:00Z`);
  const end = Date.parse(`${periodEnd(period)}T00:00:00Z`);
  return start + (end - start) / 2;
}
