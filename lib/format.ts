import { fill } from './i18n/fill';
import { dateLocale, type Lang, numberLocale } from './i18n/lang';
import { widgetStrings } from './i18n/sections/widgets';

// Display formatting for numbers, percentages, signed changes and dates: id-ID for
// Indonesian (15.960; 14,15%), en for English (15,960; 14.15%). Pure and deterministic:
// dates are read as calendar dates (UTC), never shifted by the machine's time zone.

const MINUS = '\u2212';

type Decimals = number | { min: number; max: number };

function digits(decimals: Decimals): { minimumFractionDigits: number; maximumFractionDigits: number } {
  return typeof decimals === 'number'
    ? { minimumFractionDigits: decimals, maximumFractionDigits: decimals }
    : { minimumFractionDigits: decimals.min, maximumFractionDigits: decimals.max };
}

/** A typographic minus (U+2212) instead of the hyphen Intl uses. */
function typographicMinus(text: string): string {
  return text.replace(/^-/, MINUS);
}

/** 15960 -> "15.960" (id) / "15,960" (en). Default: up to 1 decimal, none forced. */
export function formatNumber(value: number, lang: Lang, decimals: Decimals = { min: 0, max: 1 }): string {
  return typographicMinus(new Intl.NumberFormat(numberLocale[lang], digits(decimals)).format(value));
}

/** A value already in percent (14.15 means 14.15%) -> "14,15%" (id) / "14.15%" (en). */
export function formatPercent(value: number, lang: Lang, decimals: Decimals = 1): string {
  return typographicMinus(
    new Intl.NumberFormat(numberLocale[lang], { style: 'percent', ...digits(decimals) }).format(value / 100),
  );
}

/** A change with its sign: -7751 -> "−7.751", 120 -> "+120", 0 -> "0". */
export function formatSignedNumber(value: number, lang: Lang, decimals: Decimals = { min: 0, max: 1 }): string {
  return typographicMinus(
    new Intl.NumberFormat(numberLocale[lang], { signDisplay: 'exceptZero', ...digits(decimals) }).format(value),
  );
}

/** A change in percent with its sign: -32.69 -> "−32,7%" (id) / "−32.7%" (en). */
export function formatSignedPercent(value: number, lang: Lang, decimals: Decimals = 1): string {
  return typographicMinus(
    new Intl.NumberFormat(numberLocale[lang], { style: 'percent', signDisplay: 'exceptZero', ...digits(decimals) }).format(
      value / 100,
    ),
  );
}

/** Accepts '2025-01-31', a full ISO timestamp, or milliseconds since the epoch. */
function toDate(value: string | number): Date {
  if (typeof value === 'number') return new Date(value);
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
}

/** '2025-01-31' -> "31 Januari 2025" (id) / "31 January 2025" (en). */
export function formatDate(value: string | number, lang: Lang): string {
  return new Intl.DateTimeFormat(dateLocale[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    toDate(value),
  );
}

/** '2025-01-31' -> "Januari 2025" (id) / "January 2025" (en). */
export function formatMonthYear(value: string | number, lang: Lang): string {
  return new Intl.DateTimeFormat(dateLocale[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(toDate(value));
}

/** Short form for axis ticks: "Okt 2025" (id) / "Oct 2025" (en). */
export function formatShortMonthYear(value: string | number, lang: Lang): string {
  return new Intl.DateTimeFormat(dateLocale[lang], { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(toDate(value));
}

/** A moment in the reader's own time zone (or `timeZone`): "28 November 2026 pukul 10.15" / "28 November 2026 at 10:15". */
export function formatDateTime(value: string | number, lang: Lang, timeZone?: string): string {
  return new Intl.DateTimeFormat(dateLocale[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(toDate(value));
}

/** "Rp 1.250.000" (id) / "IDR 1,250,000" (en), as the dictionary writes rupiah. */
export function formatRupiah(value: number, lang: Lang): string {
  return fill(widgetStrings(lang).format.rupiah, { value: formatNumber(value, lang, 0) });
}
