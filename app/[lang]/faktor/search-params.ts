import { createLoader } from 'nuqs/server';
import { parseAsPeriod, parseAsRegionCode } from '@/lib/explore/parsers';

// The /faktor view state: the region, and the two editions (periods) the waterfall compares.
export const factorStateParsers = {
  region: parseAsRegionCode,
  from: parseAsPeriod,
  to: parseAsPeriod,
};

export const loadFactorState = createLoader(factorStateParsers);
