import { describe, expect, it } from 'vitest';
import { en } from './en';
import { id } from './id';
import { fill, getDictionary, href, isLang, stripLang, switchLangHref } from './index';
import { widgetStrings } from './sections/widgets';

function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('have the same keys and the same placeholders in both languages', () => {
    const idLeaves = new Map(leaves(id));
    const enLeaves = new Map(leaves(en));
    expect([...enLeaves.keys()].sort()).toEqual([...idLeaves.keys()].sort());
    for (const [key, text] of idLeaves) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(enLeaves.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });
  it('are picked by language', () => {
    expect(getDictionary('id').common.illustrative).toBe('ilustrasi');
    expect(getDictionary('en').common.illustrative).toBe('illustrative');
  });
});

describe('widget strings', () => {
  it('are the strings the full dictionary shows, so client components need not import it', () => {
    for (const lang of ['id', 'en'] as const) {
      const t = getDictionary(lang);
      const w = widgetStrings(lang);
      expect(w.share).toEqual(t.portal.share);
      expect(w.embed).toEqual(t.portal.embed);
      expect(t.portal.a11y).toMatchObject(w.mapA11y);
      expect(t.portal.offline).toMatchObject(w.offline);
      expect(t.errors).toMatchObject(w.errors);
      expect(t.interventions.rupiah).toBe(w.format.rupiah);
    }
    expect(widgetStrings('en').errors.retry).toBe('Try again');
    expect(widgetStrings('id').errors.retry).toBe('Coba lagi');
  });
});

describe('fill', () => {
  it('replaces known placeholders and leaves unknown ones visible', () => {
    expect(fill('Data per {date}', { date: '31 Januari 2025' })).toBe('Data per 31 Januari 2025');
    expect(fill('{a} {b}', { a: 1 })).toBe('1 {b}');
  });
});

describe('language URLs', () => {
  it('keeps Indonesian unprefixed and English under /en', () => {
    expect(href('id', '/')).toBe('/');
    expect(href('en', '/')).toBe('/en');
    expect(href('id', '/peta')).toBe('/peta');
    expect(href('en', '/peta')).toBe('/en/peta');
  });
  it('strips a language prefix, including the internal /id', () => {
    expect(stripLang('/en')).toBe('/');
    expect(stripLang('/en/peta/36.73')).toBe('/peta/36.73');
    expect(stripLang('/id/peta')).toBe('/peta');
    expect(stripLang('/peta')).toBe('/peta');
    expect(stripLang('/end')).toBe('/end');
    expect(stripLang('')).toBe('/');
  });
  it('switches language on the same page', () => {
    expect(switchLangHref('/', 'en')).toBe('/en');
    expect(switchLangHref('/en', 'id')).toBe('/');
    expect(switchLangHref('/en/peta', 'id')).toBe('/peta');
    expect(switchLangHref('/peta', 'en')).toBe('/en/peta');
  });
  it('recognises only supported languages', () => {
    expect(isLang('id')).toBe(true);
    expect(isLang('en')).toBe(true);
    expect(isLang('fr')).toBe(false);
  });
});
