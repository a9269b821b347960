import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatMonthYear,
  formatNumber,
  formatPercent,
  formatShortMonthYear,
  formatSignedNumber,
  formatSignedPercent,
} from './format';

describe('formatNumber', () => {
  it('groups thousands the Indonesian way for id and the English way for en', () => {
    expect(formatNumber(15960, 'id')).toBe('15.960');
    expect(formatNumber(15960, 'en')).toBe('15,960');
    expect(formatNumber(1234567, 'id')).toBe('1.234.567');
  });
  it('uses the locale decimal mark and the requested decimals', () => {
    expect(formatNumber(14.15, 'id', 2)).toBe('14,15');
    expect(formatNumber(14.15, 'en', 2)).toBe('14.15');
    expect(formatNumber(3, 'id', 1)).toBe('3,0');
    expect(formatNumber(2.25, 'en', { min: 0, max: 1 })).toMatch(/^2\.[23]$/);
  });
  it('writes negatives with a typographic minus', () => {
    expect(formatNumber(-5, 'id')).toBe('\u22125');
  });
});

describe('formatPercent', () => {
  it('takes a value already in percent', () => {
    expect(formatPercent(14.15, 'id', 2)).toBe('14,15%');
    expect(formatPercent(14.15, 'en', 2)).toBe('14.15%');
    expect(formatPercent(22.3, 'id')).toBe('22,3%');
    expect(formatPercent(14, 'en', 0)).toBe('14%');
  });
});

describe('signed changes', () => {
  it('formats the KRS fall from 23.711 to 15.960', () => {
    const change = 15960 - 23711;
    const pct = (change / 23711) * 100;
    expect(formatSignedNumber(change, 'id')).toBe('\u22127.751');
    expect(formatSignedNumber(change, 'en')).toBe('\u22127,751');
    expect(formatSignedPercent(pct, 'id')).toBe('\u221232,7%');
    expect(formatSignedPercent(pct, 'en')).toBe('\u221232.7%');
  });
  it('marks a rise with a plus and no change with no sign', () => {
    expect(formatSignedNumber(1200, 'id')).toBe('+1.200');
    expect(formatSignedNumber(0, 'en')).toBe('0');
    expect(formatSignedPercent(0.5, 'en')).toBe('+0.5%');
  });
});

describe('dates', () => {
  it('writes a moment with its time in the given time zone', () => {
    expect(formatDateTime('2026-11-28T03:15:00Z', 'id', 'Asia/Jakarta')).toBe('28 November 2026 pukul 10.15');
    expect(formatDateTime('2026-11-28T03:15:00Z', 'en', 'Asia/Jakarta')).toBe('28 November 2026 at 10:15');
  });
  it('writes day, month name and year', () => {
    expect(formatDate('2025-01-31', 'id')).toBe('31 Januari 2025');
    expect(formatDate('2025-01-31', 'en')).toBe('31 January 2025');
  });
  it('reads a calendar date without shifting it by the time zone', () => {
    expect(formatDate('2025-10-01', 'id')).toBe('1 Oktober 2025');
    expect(formatDate(Date.parse('2024-12-31T00:00:00Z'), 'en')).toBe('31 December 2024');
  });
  it('writes month and year', () => {
    expect(formatMonthYear('2025-01-31', 'id')).toBe('Januari 2025');
    expect(formatMonthYear('2025-01-31', 'en')).toBe('January 2025');
    expect(formatShortMonthYear('2025-10-28', 'id')).toBe('Okt 2025');
    expect(formatShortMonthYear('2025-10-28', 'en')).toBe('Oct 2025');
  });
});
