import { createParser } from 'nuqs/server';

// Typed URL parameters shared by the explore pages (server) and their controls (client):
// a value that does not match is dropped (the default applies), never passed to a query.

function parseAsPattern(pattern: RegExp) {
  return createParser({ parse: (v: string) => (pattern.test(v) ? v : null), serialize: (v: string) => v });
}

export const parseAsRegionCode = parseAsPattern(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/);
export const parseAsIndicatorCode = parseAsPattern(/^[a-z][a-z0-9_]{1,63}$/);
export const parseAsSourceCode = parseAsPattern(/^[a-z][a-z0-9_]{1,31}$/);
export const parseAsPeriod = parseAsPattern(/^(latest|\d{4}(-S[12]|-Q[1-4]|-(0[1-9]|1[0-2]))?)$/);
