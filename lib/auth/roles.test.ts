import { describe, expect, it } from 'vitest';
import { can } from './roles';

describe('can', () => {
  it('lets editors import and roll back, but not manage users', () => {
    expect(can('editor', 'data:import')).toBe(true);
    expect(can('editor', 'data:rollback')).toBe(true);
    expect(can('editor', 'users:write')).toBe(false);
    expect(can('editor', 'decks:write')).toBe(true);
  });
  it('keeps viewers and the public out of every mutation', () => {
    for (const p of ['data:import', 'data:rollback', 'editions:write', 'users:write', 'decks:write'] as const) {
      expect(can('viewer', p)).toBe(false);
      expect(can(null, p)).toBe(false);
    }
    expect(can('viewer', 'data:read-internal')).toBe(true);
  });
  it('lets admins do everything', () => {
    expect(can('admin', 'users:write')).toBe(true);
    expect(can('admin', 'data:import')).toBe(true);
  });
});
