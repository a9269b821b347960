import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { IndicatorDto } from '@/lib/api/schemas';
import type { Db } from '../client';
import { type IndicatorDomain, indicators } from '../schema';
import { NotFoundError } from './errors';

const columns = {
  code: indicators.code,
  nameId: indicators.nameId,
  nameEn: indicators.nameEn,
  descriptionId: indicators.descriptionId,
  descriptionEn: indicators.descriptionEn,
  unit: indicators.unit,
  polarity: indicators.polarity,
  domain: indicators.domain,
  aggregation: indicators.aggregation,
};

/** The catalogue's descriptive columns, shared with the admin catalogue queries. */
export const indicatorColumns = columns;

type Row = { [K in keyof typeof columns]: (typeof indicators.$inferSelect)[K] };

function toDto(row: Row): IndicatorDto {
  return {
    code: row.code,
    name: { id: row.nameId, en: row.nameEn },
    description: { id: row.descriptionId, en: row.descriptionEn },
    unit: row.unit,
    polarity: row.polarity,
    domain: row.domain,
    aggregation: row.aggregation,
  };
}

/** Public indicators, optionally of one domain, in catalogue order. */
export async function listIndicators(db: Db, params: { domain?: IndicatorDomain } = {}): Promise<IndicatorDto[]> {
  const rows = await db
    .select(columns)
    .from(indicators)
    .where(and(eq(indicators.isPublic, true), params.domain ? eq(indicators.domain, params.domain) : undefined))
    .orderBy(asc(indicators.sortOrder), asc(indicators.code));
  return rows.map(toDto);
}

export async function getIndicator(db: Db, code: string): Promise<IndicatorDto> {
  const [row] = await db
    .select(columns)
    .from(indicators)
    .where(and(eq(indicators.code, code), eq(indicators.isPublic, true)));
  if (!row) throw new NotFoundError('indicator', code, 'indicator');
  return toDto(row);
}
