import { z } from 'zod';
import type { EditionRef, Localized } from '@/lib/api/schemas';
import type { TargetStatus } from '@/lib/explore/target-status';
import { isSmallCount, SUPPRESSED_LABEL } from '@/lib/privacy/suppress';

// The meeting deck as data: a snapshot of every number it shows (frozen when built, so no
// figure changes mid-meeting), the configuration an editor chose, and the list of slides
// both produce. Pure: the snapshot is filled by db/queries/decks.ts from the DAL.

export type TrendPoint = { period: string; edition: string; value: number };

export type FactorFigure = { code: string; name: Localized; value: number | null; share: number | null };

/** A kelurahan in the deck; `suppressed` when lib/privacy withholds its count (value then null). */
export type VillageFigure = { code: string; name: string; districtName: string; value: number | null; suppressed?: boolean };

export type DistrictFigure = {
  code: string;
  name: string;
  value: number | null;
  rate: number | null;
  trend: TrendPoint[];
  factors: FactorFigure[];
  villages: VillageFigure[];
  /** SVG path of its boundary in the map's viewBox, or null without a boundary */
  path: string | null;
};

/** Where a slide's figures come from; every data slide cites it. */
export type Provenance = { edition: EditionRef | null; illustrative: boolean };

export type TargetFigure = {
  indicator: Localized;
  period: string | null;
  value: number | null;
  status: TargetStatus;
  expected: number | null;
  target: { period: string; value: number; legalBasis: string } | null;
} & Provenance;

export type DeckSnapshot = {
  version: 1;
  region: { code: string; name: string };
  builtAt: string;
  krs: { points: TrendPoint[] } & Provenance;
  districts: { items: DistrictFigure[]; period: string | null; viewBox: string; approximate: boolean } & Provenance;
  factors: { items: FactorFigure[]; period: string | null } & Provenance;
  interventions: { items: FactorFigure[]; period: string | null } & Provenance;
  aid: { families: number | null; valueIdr: number | null; period: string | null } & Provenance;
  targets: TargetFigure;
  focus: { items: VillageFigure[] } & Provenance;
};

export const slideKinds = [
  'title',
  'headline',
  'map',
  'ranking',
  'spotlight',
  'factors',
  'interventions',
  'changes',
  'targets',
  'focus',
  'text',
  'closing',
] as const;
export type SlideKind = (typeof slideKinds)[number];

export const textSlideSchema = z.object({
  id: z.string().regex(/^text-[a-z0-9-]{1,40}$/, 'an id such as text-1'),
  title: z.string().trim().min(1, 'a title').max(120),
  body: z.string().trim().max(1200),
});
export type TextSlide = z.infer<typeof textSlideSchema>;

/** What an editor can change. Empty order means the default order; spotlights null means every kecamatan. */
export const deckConfigSchema = z.object({
  spotlights: z
    .array(z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/, 'a kecamatan code such as 36.73.02'))
    .max(100)
    .nullable(),
  order: z.array(z.string().max(60)).max(200),
  hidden: z.array(z.string().max(60)).max(200),
  texts: z.array(textSlideSchema).max(20),
});
export type DeckConfig = z.infer<typeof deckConfigSchema>;

export const defaultDeckConfig: DeckConfig = { spotlights: null, order: [], hidden: [], texts: [] };

export type Slide = { id: string; kind: SlideKind; district?: DistrictFigure; text?: TextSlide };

/** Every slide the snapshot and configuration allow, hidden ones included, in the default order. */
export function allSlides(snapshot: DeckSnapshot, config: DeckConfig): Slide[] {
  const spotlighted = snapshot.districts.items.filter((d) => config.spotlights === null || config.spotlights.includes(d.code));
  const simple = (kind: SlideKind): Slide => ({ id: kind, kind });
  return [
    simple('title'),
    simple('headline'),
    simple('map'),
    simple('ranking'),
    ...spotlighted.map((district): Slide => ({ id: `spotlight-${district.code}`, kind: 'spotlight', district })),
    simple('factors'),
    simple('interventions'),
    simple('changes'),
    simple('targets'),
    simple('focus'),
    ...config.texts.map((text): Slide => ({ id: text.id, kind: 'text', text })),
    simple('closing'),
  ];
}

/**
 * The slides in the editor's order (ids it does not know are ignored, slides it does not
 * mention keep their default place after the ones it does), without the hidden ones.
 */
export function orderSlides(slides: readonly Slide[], config: Pick<DeckConfig, 'order' | 'hidden'>): Slide[] {
  const position = new Map(config.order.map((id, index) => [id, index]));
  const ranked = slides.map((slide, index) => ({ slide, key: position.get(slide.id) ?? config.order.length + index }));
  ranked.sort((a, b) => a.key - b.key);
  return ranked.map((r) => r.slide).filter((slide) => !config.hidden.includes(slide.id));
}

/** The slides shown, in order. */
export function buildSlides(snapshot: DeckSnapshot, config: DeckConfig): Slide[] {
  return orderSlides(allSlides(snapshot, config), config);
}

/** 1-based slide number from the URL, clamped to the deck. */
export function slideIndex(raw: string | string[] | undefined | null, count: number): number {
  const n = Number(Array.isArray(raw) ? raw[0] : raw);
  if (!Number.isInteger(n) || n < 1) return 0;
  return Math.min(n, count) - 1;
}

/**
 * A kelurahan count as the public deck shows it: "<5" when lib/privacy withheld it (the
 * snapshot then holds no figure) and, for decks saved before the snapshot carried that flag,
 * for any count from 1 to 4. Zero is published, as everywhere else.
 */
export function publicCount(value: number | null, format: (n: number) => string, suppressed = false): string {
  if (suppressed || isSmallCount(value)) return SUPPRESSED_LABEL;
  return value === null ? '–' : format(value);
}

/** What an editor saves: the meeting's date and title and the deck's configuration. */
export const deckFormSchema = z.object({
  meetingDate: z.iso.date('a date such as 2026-02-10'),
  title: z.string().trim().min(1, 'a title').max(160),
  config: deckConfigSchema,
});
export type DeckForm = z.infer<typeof deckFormSchema>;
