// Languages live in the URL: Indonesian without a prefix (/), English under /en.
// proxy.ts rewrites unprefixed paths to /id/... internally; links never show /id.

export const langs = ['id', 'en'] as const;
export type Lang = (typeof langs)[number];
export const defaultLang: Lang = 'id';

export function isLang(value: string): value is Lang {
  return (langs as readonly string[]).includes(value);
}

/** BCP 47 locale used by Intl for each language. */
export const numberLocale: Record<Lang, string> = { id: 'id-ID', en: 'en-US' };
/** en-GB writes "31 January 2025", the order used in Indonesian too. */
export const dateLocale: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

/** The public URL of `path` (which starts with /) in `lang`: href('id', '/x') = '/x', href('en', '/x') = '/en/x'. */
export function href(lang: Lang, path = '/'): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  if (lang === defaultLang) return clean;
  return clean === '/' ? `/${lang}` : `/${lang}${clean}`;
}

/** The path without its language prefix: '/en/x' -> '/x', '/id' -> '/', '/x' -> '/x'. */
export function stripLang(pathname: string): string {
  const match = /^\/([a-z]{2})(?=\/|$)(.*)$/.exec(pathname);
  if (match && isLang(match[1] as string)) return match[2] || '/';
  return pathname || '/';
}

/** The same page in another language, for the language switch. */
export function switchLangHref(pathname: string, target: Lang): string {
  return href(target, stripLang(pathname));
}
