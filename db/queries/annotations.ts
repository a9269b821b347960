import 'server-only';
import { and, asc, eq, isNull, or } from 'drizzle-orm';
import type { AnnotationDto } from '@/lib/api/schemas';
import type { Db } from '../client';
import { annotations } from '../schema';

/**
 * Events for a chart of `region`: the region's own, those of its ancestors (a city
 * meeting shows on a kecamatan chart too) and those for every region.
 */
export async function listAnnotations(db: Db, params: { region: string; indicator?: string }): Promise<AnnotationDto[]> {
  const ancestors = ancestorCodes(params.region);
  const rows = await db
    .select()
    .from(annotations)
    .where(
      and(
        or(isNull(annotations.regionCode), ...ancestors.map((code) => eq(annotations.regionCode, code))),
        params.indicator ? or(isNull(annotations.indicatorCode), eq(annotations.indicatorCode, params.indicator)) : undefined,
      ),
    )
    .orderBy(asc(annotations.date));
  return rows.map((a) => ({
    date: a.date,
    kind: a.kind,
    title: { id: a.titleId, en: a.titleEn },
    body: a.bodyId && a.bodyEn ? { id: a.bodyId, en: a.bodyEn } : null,
  }));
}

/** 36.73.02.1001 -> [36, 36.73, 36.73.02, 36.73.02.1001] */
export function ancestorCodes(code: string): string[] {
  const parts = code.split('.');
  return parts.map((_, i) => parts.slice(0, i + 1).join('.'));
}
