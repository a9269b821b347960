import { describe, expect, it } from 'vitest';
import { applicableTargets, regionTargetStatus } from './target-status';

const year = (y: number) => Date.UTC(y, 6, 1);
const series = [
  { x: year(2021), value: 24 },
  { x: year(2022), value: 21 },
  { x: year(2023), value: 22 },
];
const targets = [{ x: year(2024), value: 15 }];

describe('regionTargetStatus', () => {
  it('judges the shown period against the glide path from the region’s own baseline to the next target', () => {
    // The path runs 24 -> 15 over 2021..2024: 2022 is due at about 21.0, 2023 at about 18.0.
    const at = (y: number, value: number) =>
      regionTargetStatus({ points: series, at: year(y), value, targets, polarity: 'lower_is_better' }).status;
    expect(at(2022, 21)).toBe('on_track');
    expect(at(2023, 22)).toBe('off_track');
    expect(at(2021, 24)).toBe('baseline');
  });

  it('reverses for a higher-is-better indicator', () => {
    const up = [{ x: year(2021), value: 40 }];
    const status = (value: number) =>
      regionTargetStatus({
        points: up,
        at: year(2023),
        value,
        targets: [{ x: year(2025), value: 80 }],
        polarity: 'higher_is_better',
      }).status;
    expect(status(65)).toBe('on_track');
    expect(status(55)).toBe('off_track');
  });

  it('says "no target" when none applies (never invents one), and "no data" without a figure', () => {
    expect(
      regionTargetStatus({ points: series, at: year(2023), value: 22, targets: [], polarity: 'lower_is_better' }).status,
    ).toBe('no_target');
    expect(regionTargetStatus({ points: series, at: year(2023), value: null, targets, polarity: 'lower_is_better' }).status).toBe(
      'no_data',
    );
    // No target and no data: the missing target is what the view is about.
    expect(regionTargetStatus({ points: [], at: year(2023), value: null, targets: [], polarity: 'lower_is_better' }).status).toBe(
      'no_target',
    );
  });

  it('uses the next target due at or after the shown period, and the last one once all are past', () => {
    const two = [
      { x: year(2022), value: 20 },
      { x: year(2026), value: 10 },
    ];
    // 2023: the 2026 target applies (path 24 in 2021 -> 10 in 2026, due about 18.4 in 2023).
    const r2023 = regionTargetStatus({ points: series, at: year(2023), value: 19, targets: two, polarity: 'lower_is_better' });
    expect(r2023.path?.target.value).toBe(10);
    expect(r2023.status).toBe('off_track');
    // 2028: past every target, judged against the last one.
    expect(
      regionTargetStatus({ points: series, at: year(2028), value: 10, targets: two, polarity: 'lower_is_better' }).status,
    ).toBe('on_track');
    expect(
      regionTargetStatus({ points: series, at: year(2028), value: 11, targets: two, polarity: 'lower_is_better' }).status,
    ).toBe('off_track');
  });

  it('judges a region whose first figure is after the target against the target itself', () => {
    const late = [{ x: year(2025), value: 13 }];
    const status = (value: number) =>
      regionTargetStatus({ points: late, at: year(2026), value, targets, polarity: 'lower_is_better' }).status;
    expect(status(14)).toBe('on_track');
    expect(status(16)).toBe('off_track');
  });
});

describe('applicableTargets', () => {
  const all = [
    { regionCode: null, x: 1, value: 14 },
    { regionCode: '99.01.01', x: 1, value: 10 },
  ];
  it('takes the region’s own targets when it has any, else the national ones', () => {
    expect(applicableTargets(all, '99.01.01').map((t) => t.value)).toEqual([10]);
    expect(applicableTargets(all, '99.01.02').map((t) => t.value)).toEqual([14]);
    expect(applicableTargets([], '99.01.02')).toEqual([]);
  });
});
