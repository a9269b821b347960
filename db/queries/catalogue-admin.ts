import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { IndicatorForm } from '@/lib/api/admin-schemas';
import type { Db } from '../client';
import { indicators } from '../schema';
import { recordAudit } from './audit';
import { indicatorColumns } from './indicators';

// Catalogue changes by admins: an indicator is created, or its names, unit, polarity and
// public flag are corrected. The code is the key the API uses and never changes.

export async function listCatalogueIndicators(db: Db): Promise<(IndicatorForm & { sortOrder: number })[]> {
  return db
    .select({
      ...indicatorColumns,
      isPublic: indicators.isPublic,
      sortOrder: indicators.sortOrder,
    })
    .from(indicators)
    .orderBy(asc(indicators.sortOrder), asc(indicators.code));
}

export async function saveIndicator(db: Db, input: IndicatorForm, actor: string): Promise<'created' | 'updated'> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(indicators).where(eq(indicators.code, input.code));
    const { code, ...fields } = input;
    if (before) await tx.update(indicators).set(fields).where(eq(indicators.code, code));
    else await tx.insert(indicators).values({ ...input, sortOrder: 1000 });
    const change = before ? 'updated' : 'created';
    await recordAudit(tx, {
      actor,
      action: `catalogue.indicator.${change}`,
      entity: 'indicator',
      entityId: code,
      detail: before ? { before: { ...before }, after: fields } : fields,
    });
    return change;
  });
}
