'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { Dictionary } from '@/lib/i18n';
import { fill } from '@/lib/i18n';
import styles from '../admin.module.css';
import { FormOutcome } from '../form-outcome';

export function UserForm({ labels: t }: { labels: Dictionary['admin'] }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <form
      className={styles.form}
      onSubmit={async (event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const data = new FormData(form);
        const response = await fetch('/api/admin/users', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: data.get('email'), name: data.get('name') || undefined, role: data.get('role') }),
        });
        const body = (await response.json()) as { email?: string; password?: string; error?: { message: string } };
        if (response.ok) {
          setMessage({ ok: true, text: fill(t.userCreated, { email: body.email ?? '', password: body.password ?? '' }) });
          form.reset();
          router.refresh();
        } else setMessage({ ok: false, text: fill(t.error, { message: body.error?.message ?? String(response.status) }) });
      }}
    >
      <label>
        {t.email}
        <input name="email" type="email" required autoComplete="off" />
      </label>
      <label>
        {t.colName}
        <input name="name" />
      </label>
      <label>
        {t.role}
        <select name="role" defaultValue="viewer">
          <option value="viewer">viewer</option>
          <option value="editor">editor</option>
          <option value="admin">admin</option>
        </select>
      </label>
      <FormOutcome message={message} />
      <button type="submit" className="button">
        {t.createUser}
      </button>
    </form>
  );
}
