import { en } from './en';
import { type Dictionary, id } from './id';
import type { Lang } from './lang';

export { fill } from './fill';
export type { Dictionary } from './id';
export * from './lang';

const dictionaries: Record<Lang, Dictionary> = { id, en };

export function getDictionary(lang: Lang): Dictionary {
  return dictionaries[lang];
}
