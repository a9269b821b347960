import { describe, expect, it } from 'vitest';
import { allSlides, buildSlides, type DeckSnapshot, defaultDeckConfig, publicCount, type Slide } from './model';
import { type NarrativeContext, narrate, trendSentence } from './narrative';

const edition = {
  source: 'bkkbn_pk',
  sourceName: { id: 'Pendataan Keluarga', en: 'Family data collection' },
  edition: 'PK24',
  editionName: 'PK24',
  editionNameEn: null,
  releasedOn: '2025-01-31',
  citation: null,
};
const none = { edition: null, illustrative: false };

function snapshot(overrides: Partial<DeckSnapshot> = {}): DeckSnapshot {
  return {
    version: 1,
    region: { code: '36.73', name: 'Kota Serang' },
    builtAt: '2026-02-10T01:00:00.000Z',
    krs: {
      points: [
        { period: '2023', edition: 'PK23', value: 23711 },
        { period: '2024', edition: 'PK24', value: 15960 },
      ],
      edition,
      illustrative: false,
    },
    districts: {
      items: [
        {
          code: '36.73.02',
          name: 'Kasemen',
          value: 4092,
          rate: null,
          trend: [
            { period: '2023', edition: 'PK23', value: 5000 },
            { period: '2024', edition: 'PK24', value: 4092 },
          ],
          factors: [
            {
              code: 'krs_unsafe_water',
              name: { id: 'KRS dengan air minum tidak layak', en: 'KRS without safe water' },
              value: 900,
              share: 22,
            },
          ],
          villages: [{ code: '36.73.02.1001', name: 'Kasemen', districtName: 'Kasemen', value: 3 }],
          path: null,
        },
        { code: '36.73.05', name: 'Cipocok Jaya', value: 1200, rate: null, trend: [], factors: [], villages: [], path: null },
      ],
      period: '2024',
      viewBox: '0 0 1000 800',
      approximate: true,
      ...none,
    },
    factors: { items: [], period: null, ...none },
    interventions: { items: [], period: null, ...none },
    aid: { families: null, valueIdr: null, period: null, ...none },
    targets: {
      indicator: { id: 'Prevalensi stunting', en: 'Stunting prevalence' },
      period: null,
      value: null,
      status: 'no_data',
      expected: null,
      target: null,
      ...none,
    },
    focus: { items: [], ...none },
    ...overrides,
  };
}

const context = (lang: 'id' | 'en', overrides: Partial<NarrativeContext> = {}): NarrativeContext => ({
  lang,
  snapshot: snapshot(),
  previous: null,
  meetingDate: '2026-02-10',
  url: 'http://localhost/presentasi',
  ...overrides,
});
const slide = (kind: Slide['kind']): Slide => ({ id: kind, kind });

describe('trendSentence', () => {
  const points = snapshot().krs.points;
  it('tells a fall with Indonesian number formats', () => {
    expect(trendSentence(points, 'Keluarga berisiko stunting', 'id')).toBe(
      'Keluarga berisiko stunting turun 32,7% dari 23.711 (2023) menjadi 15.960 (PK24).',
    );
  });
  it('tells a fall with English number formats', () => {
    expect(trendSentence(points, 'Families at risk of stunting', 'en')).toBe(
      'Families at risk of stunting fell 32.7% from 23,711 (2023) to 15,960 (PK24).',
    );
  });
  it('tells a rise', () => {
    const rising = [
      { period: '2023', edition: 'PK23', value: 1000 },
      { period: '2024', edition: 'PK24', value: 1250 },
    ];
    expect(trendSentence(rising, 'KRS', 'id')).toBe('KRS naik 25,0% dari 1.000 (2023) menjadi 1.250 (PK24).');
  });
  it('says honestly when there is no previous edition or no data', () => {
    expect(trendSentence(points.slice(1), 'KRS', 'id')).toBe(
      'KRS: 15.960 (PK24); belum ada edisi sebelumnya untuk dibandingkan.',
    );
    expect(trendSentence([], 'KRS', 'en')).toBe('There are no figures on families at risk of stunting yet.');
  });
});

describe('narrate', () => {
  it('writes the headline slide from the snapshot', () => {
    expect(narrate(slide('headline'), context('id'))).toContain('turun 32,7% dari 23.711 (2023) menjadi 15.960 (PK24)');
  });
  it('suppresses small kelurahan counts in a spotlight', () => {
    const [kasemen] = snapshot().districts.items;
    const text = narrate({ id: 'spotlight-36.73.02', kind: 'spotlight', district: kasemen }, context('id'));
    expect(text).toContain('Kecamatan Kasemen turun 18,2% dari 5.000 (2023) menjadi 4.092 (PK24)');
    expect(text).toContain('Air minum tidak layak (22,0% dari KRS)');
    expect(text).toContain('Kasemen (<5)');
  });
  it('says there is no previous meeting, and compares with one when saved', () => {
    expect(narrate(slide('changes'), context('id'))).toBe(
      'Belum ada rapat sebelumnya yang tersimpan, jadi perubahan belum dapat dibandingkan.',
    );
    const before = snapshot({
      krs: { points: [{ period: '2023', edition: 'PK23', value: 23711 }], edition, illustrative: false },
    });
    const text = narrate(slide('changes'), context('en', { previous: { meetingDate: '2025-10-28', snapshot: before } }));
    expect(text).toBe(
      'Since the meeting of 28 October 2025, families at risk of stunting changed from 23,711 (PK23) to 15,960 (PK24), a difference of \u22127,751. Kecamatan whose figure changed: 0.',
    );
  });
  it('reports missing target data instead of a status', () => {
    expect(narrate(slide('targets'), context('id'))).toBe('Belum ada data Prevalensi stunting untuk dinilai terhadap target.');
    const onTrack = snapshot({
      targets: {
        indicator: { id: 'Prevalensi stunting', en: 'Stunting prevalence' },
        period: '2023',
        value: 22.3,
        status: 'off_track',
        expected: 18,
        target: { period: '2029', value: 14.2, legalBasis: 'RPJMN 2025-2029' },
        ...none,
      },
    });
    expect(narrate(slide('targets'), context('id', { snapshot: onTrack }))).toBe(
      'Prevalensi stunting 22,3% (2023) di luar jalur menuju target 14,2% pada 2029 (RPJMN 2025-2029).',
    );
  });
  it('names the two most common factors by share, keeping "4T" as written', () => {
    const factors = snapshot({
      factors: {
        items: [
          {
            code: 'krs_unsafe_toilet',
            name: { id: 'KRS dengan jamban tidak layak', en: 'KRS without a proper toilet' },
            value: 4172,
            share: 26.1,
          },
          { code: 'krs_4t_too_old', name: { id: 'KRS 4T: terlalu tua', en: 'KRS 4T: too old' }, value: 7129, share: 44.7 },
        ],
        period: '2024',
        ...none,
      },
    });
    expect(narrate(slide('factors'), context('id', { snapshot: factors }))).toBe(
      'Faktor risiko paling umum di antara keluarga berisiko stunting adalah 4T: terlalu tua (44,7%), lalu jamban tidak layak (26,1%); satu keluarga dapat memiliki beberapa faktor.',
    );
    expect(narrate(slide('factors'), context('en'))).toBe('No data yet.');
  });
  it('ranks kecamatan with their counts', () => {
    expect(narrate(slide('ranking'), context('id'))).toBe(
      'Urutan kecamatan dari KRS terbanyak: Kasemen (4.092), Cipocok Jaya (1.200).',
    );
  });
});

describe('slides', () => {
  it('put one spotlight per kecamatan in ranking order, and follow the editor order and hidden list', () => {
    const ids = buildSlides(snapshot(), defaultDeckConfig).map((s) => s.id);
    expect(ids.slice(0, 6)).toEqual(['title', 'headline', 'map', 'ranking', 'spotlight-36.73.02', 'spotlight-36.73.05']);
    const config = {
      spotlights: ['36.73.05'],
      order: ['headline', 'title'],
      hidden: ['map'],
      texts: [{ id: 'text-1', title: 'Agenda', body: 'Sambutan' }],
    };
    const custom = buildSlides(snapshot(), config).map((s) => s.id);
    expect(custom.slice(0, 4)).toEqual(['headline', 'title', 'ranking', 'spotlight-36.73.05']);
    expect(custom).not.toContain('map');
    expect(custom.at(-2)).toBe('text-1');
    expect(allSlides(snapshot(), config).map((s) => s.id)).toContain('map');
  });
  it('shows kelurahan counts below 5 as <5', () => {
    const format = (n: number) => String(n);
    expect(publicCount(4, format)).toBe('<5');
    expect(publicCount(5, format)).toBe('5');
    expect(publicCount(null, format)).toBe('–');
    expect(publicCount(0, format)).toBe('0');
    expect(publicCount(null, format, true)).toBe('<5');
  });
});
