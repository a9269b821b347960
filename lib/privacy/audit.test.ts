import { describe, expect, it } from 'vitest';
import { findPrivacyViolations } from './audit';

// Fixtures shaped like /api/v1 answers; each unsafe one must be caught, each safe one pass.

const feature = (code: string, value: number | null, suppressed?: boolean) => ({
  type: 'Feature',
  id: code,
  geometry: null,
  properties: { code, name: code, value, numerator: null, denominator: null, rate: null, ...(suppressed ? { suppressed } : {}) },
});
const map = (features: ReturnType<typeof feature>[]) => ({
  type: 'FeatureCollection',
  features,
  meta: { indicator: 'krs_families', parent: '36.73.02', unit: 'families' },
});

describe('findPrivacyViolations', () => {
  it('passes a kelurahan map whose small count and its complement are withheld', () => {
    const body = map([feature('36.73.02.1001', 40), feature('36.73.02.1002', null, true), feature('36.73.02.1003', null, true)]);
    expect(findPrivacyViolations(body)).toEqual([]);
  });

  it('fails when a small kelurahan count is left unsuppressed', () => {
    const body = map([feature('36.73.02.1001', 40), feature('36.73.02.1002', 3), feature('36.73.02.1003', 12)]);
    expect(findPrivacyViolations(body)).toEqual([
      expect.objectContaining({ kind: 'small_count', detail: '36.73.02.1002: value = 3' }),
    ]);
  });

  it('fails when one kelurahan alone is withheld among visible siblings (total minus visible)', () => {
    const body = map([feature('36.73.02.1001', 40), feature('36.73.02.1002', null, true), feature('36.73.02.1003', 12)]);
    expect(findPrivacyViolations(body).map((v) => v.kind)).toEqual(['lone_suppressed']);
  });

  it('leaves kecamatan counts and kelurahan percentages alone', () => {
    expect(findPrivacyViolations(map([feature('36.73.02', 3), feature('36.73.03', 2)]))).toEqual([]);
    const prevalence = { region: '36.73.02.1001', unit: 'percent', points: [{ value: 3.2, numerator: null }] };
    expect(findPrivacyViolations(prevalence)).toEqual([]);
    expect(findPrivacyViolations({ ...prevalence, unit: 'families' })).toHaveLength(1);
  });

  it('reads units per indicator in mixed bodies such as the breakdown', () => {
    const body = {
      region: '36.73.02.1001',
      data: [
        { indicator: 'stunting_prevalence', value: 4 },
        { indicator: 'krs_unsafe_water', value: 2 },
      ],
    };
    const units = { stunting_prevalence: 'percent', krs_unsafe_water: 'families' };
    expect(findPrivacyViolations(body, { units }).map((v) => v.detail)).toEqual(['36.73.02.1001: value = 2']);
  });

  it('flags fields and values from the restricted tables', () => {
    const body = { data: [{ code: '36.73', uploadedBy: 'x' }], meta: { note: 'ask admin@example.org' } };
    expect(findPrivacyViolations(body).map((v) => v.kind)).toEqual(['restricted', 'restricted']);
    expect(findPrivacyViolations('<html>"sessionToken":"abc"</html>')).toHaveLength(1);
    expect(findPrivacyViolations('<html><p>Kota Serang 36.73</p></html>')).toEqual([]);
  });

  it('checks CSV downloads by their on-screen column labels, where <5 is the withheld mark', () => {
    const header = 'Wilayah,Kode,Jumlah,Persentase,Periode';
    const safe = `\uFEFF${header}\r\nA,36.73.02.1001,40,1,2024\r\nB,36.73.02.1002,<5,<5,2024\r\nC,36.73.02.1003,<5,<5,2024\r\n`;
    expect(findPrivacyViolations(safe, { format: 'csv', unit: 'families' })).toEqual([]);
    const leaky = `${header}\r\nA,36.73.02.1001,40,1,2024\r\nB,36.73.02.1002,2,5,2024\r\n`;
    expect(findPrivacyViolations(leaky, { format: 'csv', unit: 'families' }).map((v) => v.kind)).toEqual(['small_count']);
  });

  it('reads the tables of a rendered page', () => {
    const page = (cell: string) =>
      `<table><caption>x</caption><thead><tr><th>Wilayah</th><th>Kode</th><th>Jumlah</th></tr></thead><tbody>` +
      `<tr><th><a href="/x">A</a></th><td>36.73.02.1001</td><td>${cell}</td></tr>` +
      `<tr><th>B</th><td>36.73.02.1002</td><td>&lt;5</td></tr><tr><th>C</th><td>36.73.02.1003</td><td>&lt;5</td></tr></tbody></table>`;
    expect(findPrivacyViolations(page('1.204'), { unit: 'families' })).toEqual([]);
    expect(findPrivacyViolations(page('3'), { unit: 'families' }).map((v) => v.kind)).toEqual(['small_count']);
  });

  it('checks table rows (XLSX, the table on screen) the same way', () => {
    const rows = [
      { Region: 'A', Code: '36.73.02.1001', Value: 7, Period: '2024' },
      { Region: 'B', Code: '36.73.02.1002', Value: '<5', Period: '2024' },
    ];
    expect(findPrivacyViolations(rows, { format: 'rows' }).map((v) => v.kind)).toEqual(['lone_suppressed']);
  });
});
