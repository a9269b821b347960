import { describe, expect, it } from 'vitest';
import { toRegionDisplayName } from './region-names';

describe('toRegionDisplayName', () => {
  it.each([
    ['KOTA SERANG', 'Kota Serang'],
    ['KABUPATEN SERANG', 'Kabupaten Serang'],
    ['BANTEN', 'Banten'],
    ['DKI JAKARTA', 'DKI Jakarta'],
    ['KABUPATEN PANGKAJENE DAN KEPULAUAN', 'Kabupaten Pangkajene dan Kepulauan'],
    ['KOTA BAU-BAU', 'Kota Bau-Bau'],
  ])('title-cases %s', (raw, expected) => {
    expect(toRegionDisplayName(raw)).toBe(expected);
  });

  it.each(['Cipocok Jaya', 'Lawe Sigala-Gala', 'Grong-grong', 'Soka"an'])('keeps the title-case name %s as it is', (name) => {
    expect(toRegionDisplayName(name)).toBe(name);
  });
});
