import { en } from './en';
import { type Dictionary, id } from './id';
import type { Lang } from './lang';

export type { Dictionary } from './id';
export * from './lang';

const dictionaries: Record<Lang, Dictionary> = { id, en };

export function getDictionary(lang: Lang): Dictionary {
  return dictionaries[lang];
}

/** fill('Data per {date}', { date: '31 Januari 2025' }) -> 'Data per 31 Januari 2025'; unknown keys stay visible. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
