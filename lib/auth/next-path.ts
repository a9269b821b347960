// Where sign-in may send the browser afterwards: a path on this site only. A value such as
// "//evil.example" or "/\evil.example" is a path to a browser's eye but another host once
// resolved, so the check resolves it the way the browser will and compares the origin.
const HERE = 'http://this-site.invalid';

export function safeNextPath(next: unknown): string | null {
  if (typeof next !== 'string' || !next.startsWith('/')) return null;
  let url: URL;
  try {
    url = new URL(next, HERE);
  } catch {
    return null;
  }
  if (url.origin !== HERE) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
