import type { DataOrigin } from '@/db/schema/enums';
import type { EditionRef, SeriesPoint, SeriesResponse } from './api/schemas';

// Which source, edition and release a panel cites, and whether it shows illustrative data.

/** The provenance of one series point, with the source's name from the series response. */
export function pointEdition(series: Pick<SeriesResponse, 'sources'>, point: SeriesPoint): EditionRef {
  const source = series.sources.find((s) => s.code === point.source);
  return {
    source: point.source,
    sourceName: source?.name ?? { id: point.source, en: point.source },
    edition: point.edition,
    editionName: point.editionName,
    editionNameEn: point.editionNameEn,
    releasedOn: point.releasedOn,
    citation: point.citation,
  };
}

/** An edition's name in the page language: the English one where the edition has it. */
export function editionLabel(edition: { editionName: string; editionNameEn: string | null }, lang: 'id' | 'en'): string {
  return lang === 'en' && edition.editionNameEn ? edition.editionNameEn : edition.editionName;
}

/** True when any of the figures shown is illustrative demo data. */
export function anyIllustrative(origins: readonly (DataOrigin | null | undefined)[]): boolean {
  return origins.some((o) => o === 'illustrative');
}

/**
 * A short label for a risk-factor indicator inside its own panel, where "KRS" is already
 * said by the title: "KRS dengan jamban tidak layak" -> "Jamban tidak layak",
 * "KRS 4T: terlalu muda" -> "4T: terlalu muda", "KRS without a proper toilet" -> "Without a proper toilet".
 */
export function shortFactorName(name: string): string {
  const short = name.replace(/^KRS\s+(dengan\s+)?/i, '').trim();
  if (short === '') return name;
  return short.charAt(0).toUpperCase() + short.slice(1);
}
