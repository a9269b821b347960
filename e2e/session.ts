import { type APIRequestContext, expect, request as playwrightRequest } from '@playwright/test';
import { DEMO_URL } from './urls';
import { E2E_USERS, type E2ERole } from './users';

// An API client that behaves like this site's own pages (same Origin), signed in as a role or
// signed out. Each client claims its own forwarded address, so the sign-in throttle (per
// address) counts these sign-ins apart from other specs'.
let nextAddress = 10;

export async function apiClient(role: E2ERole | 'public'): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({
    baseURL: DEMO_URL,
    extraHTTPHeaders: { origin: DEMO_URL, 'x-forwarded-for': `198.51.100.${nextAddress++}` },
    maxRedirects: 0,
  });
  if (role === 'public') return context;
  const response = await context.post('/api/auth/sign-in/email', { data: E2E_USERS[role] });
  expect(response.status(), `sign-in as ${role}`).toBe(200);
  return context;
}
