import type { Db } from '../client';
import { activities, programs, regions } from '../schema';

type NewActivity = typeof activities.$inferInsert;

// Factories for programmes, activities and kelurahan: each test creates what it needs.

export async function createProgram(db: Db, code: string, riskFactorIndicatorCode: string | null = null) {
  await db.insert(programs).values({
    code,
    nameId: `Program ${code}`,
    nameEn: `Programme ${code}`,
    descriptionId: '-',
    descriptionEn: '-',
    riskFactorIndicatorCode,
  });
  return code;
}

export async function createVillage(db: Db, code: string, name = `Kelurahan ${code}`) {
  await db.insert(regions).values({ code, name, level: 'village', parentCode: code.split('.').slice(0, 3).join('.') });
  return code;
}

export async function createActivity(
  db: Db,
  values: Pick<NewActivity, 'programCode' | 'regionCode' | 'date'> & Partial<NewActivity>,
) {
  const [row] = await db
    .insert(activities)
    .values({ origin: 'imported', recipientType: 'family', familiesReached: 1, ...values })
    .returning({ id: activities.id });
  return (row as { id: number }).id;
}
