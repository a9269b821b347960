import 'server-only';
import { and, desc, eq, lt, max, ne } from 'drizzle-orm';
import { announceDataChange } from '../change-events';
import type { Db } from '../client';
import { auditLog } from '../schema';

export type AuditEntry = {
  actor: string;
  action: string;
  entity: string;
  entityId?: string | null;
  detail?: Record<string, unknown>;
};

/** Appends one line to the audit log; call it inside the transaction of the change it records. */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({ ...entry, entityId: entry.entityId ?? null, detail: entry.detail ?? null });
  if (entry.entity !== SESSION_ENTITY) announceDataChange();
}

const SESSION_ENTITY = 'session';

/** Sign-in lines are personal data (who signed in, when): kept one year (SECURITY.md). */
export const SIGN_IN_RETENTION_DAYS = 365;

/**
 * Deletes sign-in lines older than the retention period and returns how many went. Runs at
 * every sign-in, so the log trims itself; data-change lines are never touched (they explain
 * the figures). Served by the (entity, entity_id) index.
 */
export async function pruneSignIns(db: Db, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - SIGN_IN_RETENTION_DAYS * 24 * 60 * 60 * 1000);
  const deleted = await db
    .delete(auditLog)
    .where(and(eq(auditLog.entity, SESSION_ENTITY), eq(auditLog.action, 'auth.sign_in'), lt(auditLog.at, cutoff.toISOString())))
    .returning({ id: auditLog.id });
  return deleted.length;
}

/**
 * A number that changes whenever the published data may have changed: every import,
 * rollback, correction and catalogue edit writes an audit line in its own transaction, so
 * the newest such line identifies the state of the data. Sign-ins do not count. Served by
 * the primary key, read backwards.
 */
export async function getDataVersion(db: Db): Promise<string> {
  const [row] = await db
    .select({ version: max(auditLog.id) })
    .from(auditLog)
    .where(ne(auditLog.entity, SESSION_ENTITY));
  return String(row?.version ?? 0);
}

export type AuditDto = {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  detail: Record<string, unknown> | null;
};

/** Newest first, `limit` lines before the id `before` (keyset paging). */
export async function listAudit(db: Db, params: { limit?: number; before?: number } = {}): Promise<AuditDto[]> {
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actor: auditLog.actor,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      detail: auditLog.detail,
    })
    .from(auditLog)
    .where(params.before ? lt(auditLog.id, params.before) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(params.limit ?? 100);
  return rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() }));
}
