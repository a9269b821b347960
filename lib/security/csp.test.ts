import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, createNonce, isEmbedPath } from './csp';

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('content security policy', () => {
  it('allows scripts only from this site or with the nonce, never inline or eval in production', () => {
    const policy = directives(contentSecurityPolicy('abc123', '/peta'));
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('lets any site frame the embed routes only, in both languages', () => {
    for (const path of ['/embed', '/embed/peta', '/en/embed/tren'])
      expect(directives(contentSecurityPolicy('n', path)).get('frame-ancestors'), path).toEqual(['*']);
    for (const path of ['/', '/embedded', '/en', '/en/embedx', '/admin/embed']) expect(isEmbedPath(path), path).toBe(false);
  });

  it('makes a fresh, unguessable nonce per call', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
