import { describe, expect, it } from 'vitest';
import { formatPeriod, InvalidPeriodError, parsePeriod, periodEnd, periodMidpoint } from './period';

describe('period labels', () => {
  it.each([
    ['2023', { periodType: 'year', periodStart: '2023-01-01' }],
    ['2024-S1', { periodType: 'semester', periodStart: '2024-01-01' }],
    ['2024-S2', { periodType: 'semester', periodStart: '2024-07-01' }],
    ['2024-Q3', { periodType: 'quarter', periodStart: '2024-07-01' }],
    ['2024-06', { periodType: 'month', periodStart: '2024-06-01' }],
  ] as const)('parses %s and formats it back', (label, period) => {
    expect(parsePeriod(label)).toEqual(period);
    expect(formatPeriod(period)).toBe(label);
  });

  // Years outside 1900-2099 have no stunting data and make dates PostgreSQL refuses (year 0, 10000).
  it.each(['24', '2024-13', '2024-S3', '2024-Q0', 'abc', '2024-6', '0000', '9999', '1899'])(
    'rejects %s with a message naming the value',
    (label) => {
      expect(() => parsePeriod(label)).toThrow(InvalidPeriodError);
      expect(() => parsePeriod(label)).toThrow(label);
    },
  );

  it('computes the end and midpoint of a period', () => {
    expect(periodEnd({ periodType: 'semester', periodStart: '2024-07-01' })).toBe('2025-01-01');
    expect(periodEnd({ periodType: 'month', periodStart: '2024-12-01' })).toBe('2025-01-01');
    const mid = periodMidpoint({ periodType: 'year', periodStart: '2023-01-01' });
    expect(new Date(mid).toISOString().slice(0, 10)).toBe('2023-07-02');
  });
});
