import type { UserRole } from '@/db/schema/enums';

// What each role may do. One table, read by route handlers, pages and tests alike.
export const permissions = {
  'data:read-internal': ['admin', 'editor', 'viewer'],
  'data:import': ['admin', 'editor'],
  'data:rollback': ['admin', 'editor'],
  'editions:write': ['admin', 'editor'],
  'boundaries:write': ['admin', 'editor'],
  'audit:read': ['admin', 'editor', 'viewer'],
  'users:write': ['admin'],
  'catalogue:write': ['admin'],
  'decks:write': ['admin', 'editor'],
} as const satisfies Record<string, readonly UserRole[]>;

export type Permission = keyof typeof permissions;

export function can(role: UserRole | null | undefined, permission: Permission): boolean {
  return role ? (permissions[permission] as readonly UserRole[]).includes(role) : false;
}
