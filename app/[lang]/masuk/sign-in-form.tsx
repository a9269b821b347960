'use client';

import { useState } from 'react';
import { HydrationGate } from '@/components/ui/hydration-gate';
import styles from '../admin/admin.module.css';

// Posts to better-auth's email sign-in; the session comes back as an HTTP-only cookie.
export function SignInForm({
  next,
  labels,
}: {
  next: string;
  labels: { email: string; password: string; submit: string; failed: string; throttled: string };
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    const response = await fetch('/api/auth/sign-in/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: form.get('email'), password: form.get('password') }),
    });
    setBusy(false);
    // A full navigation, not router.push + refresh: the refresh could race the push and leave the
    // browser on /masuk, and every page must be rendered afresh with the new session cookie anyway.
    if (response.ok) window.location.assign(next);
    else setError(response.status === 429 ? labels.throttled : labels.failed);
  }

  return (
    <HydrationGate>
      <form className={styles.form} onSubmit={onSubmit}>
        <label>
          {labels.email}
          <input name="email" type="email" autoComplete="username" required />
        </label>
        <label>
          {labels.password}
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        {error ? (
          <p role="alert" className={styles.error}>
            {error}
          </p>
        ) : null}
        <button type="submit" className="button" disabled={busy}>
          {labels.submit}
        </button>
      </form>
    </HydrationGate>
  );
}
