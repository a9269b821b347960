import { describe, expect, it } from 'vitest';
import { factorColor, factorColorCodes } from './factor-colors';

describe('factorColor', () => {
  it('gives every risk factor and intervention its own colour', () => {
    const colors = factorColorCodes.map(factorColor);
    expect(new Set(colors).size).toBe(colors.length);
    expect(factorColorCodes).toContain('households_safe_water');
    expect(factorColorCodes).toContain('krs_unsafe_water');
  });
});
