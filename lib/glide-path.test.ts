import { describe, expect, it } from 'vitest';
import { buildGlidePath, glideValue, trackStatus } from './glide-path';

const year = (y: number) => Date.UTC(y, 6, 1);

describe('glide path', () => {
  const path = { baseline: { x: year(2021), value: 24 }, target: { x: year(2024), value: 15 } };

  it('runs straight from the baseline to the target and stays at the target afterwards', () => {
    expect(glideValue(path, year(2021))).toBe(24);
    expect(glideValue(path, year(2024))).toBe(15);
    expect(glideValue(path, year(2026))).toBe(15);
    expect(glideValue(path, year(2019))).toBe(24);
    // 2022-07-01 lies 365 of 1096 days along the way
    expect(glideValue(path, year(2022))).toBeCloseTo(24 - (9 * 365) / 1096, 9);
  });

  it('marks a point on track when it is at or below the path for a lower-is-better indicator', () => {
    expect(trackStatus(path, { x: year(2022), value: 20 }, 'lower_is_better')).toBe('on_track');
    expect(trackStatus(path, { x: year(2023), value: 20 }, 'lower_is_better')).toBe('off_track');
    expect(trackStatus(path, { x: year(2024), value: 15 }, 'lower_is_better')).toBe('on_track');
    expect(trackStatus(path, { x: year(2021), value: 24 }, 'lower_is_better')).toBe('baseline');
    expect(trackStatus(path, { x: year(2023), value: null }, 'lower_is_better')).toBe('no_data');
  });

  it('reverses for a higher-is-better indicator', () => {
    const up = { baseline: { x: year(2021), value: 40 }, target: { x: year(2025), value: 80 } };
    expect(trackStatus(up, { x: year(2023), value: 65 }, 'higher_is_better')).toBe('on_track');
    expect(trackStatus(up, { x: year(2023), value: 55 }, 'higher_is_better')).toBe('off_track');
  });

  it('starts at the first valued point and aims at the first target after it', () => {
    const built = buildGlidePath(
      [
        { x: year(2018), value: null },
        { x: year(2019), value: 38.6 },
        { x: year(2021), value: 23.4 },
      ],
      [
        { x: year(2029), value: 14.2 },
        { x: year(2017), value: 30 },
        { x: year(2024), value: 14 },
      ],
    );
    expect(built).toEqual({ baseline: { x: year(2019), value: 38.6 }, target: { x: year(2024), value: 14 } });
    expect(buildGlidePath([{ x: year(2025), value: 10 }], [{ x: year(2024), value: 14 }])).toBeNull();
    expect(buildGlidePath([], [{ x: year(2024), value: 14 }])).toBeNull();
  });
});
