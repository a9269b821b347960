'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { HydrationGate } from '@/components/ui/hydration-gate';
import type { Dictionary } from '@/lib/i18n';
import { fill } from '@/lib/i18n/fill';
import styles from '../admin.module.css';
import { FormOutcome } from '../form-outcome';
import { sendJson } from '../send-json';

export function UserForm({ labels: t }: { labels: Dictionary['admin'] }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <HydrationGate>
      <form
        className={styles.form}
        onSubmit={async (event) => {
          event.preventDefault();
          const form = event.currentTarget;
          const data = new FormData(form);
          const reply = await sendJson<{ email?: string; password?: string }>('/api/admin/users', {
            email: data.get('email'),
            name: data.get('name') || undefined,
            role: data.get('role'),
          });
          if (reply.ok) {
            setMessage({
              ok: true,
              text: fill(t.userCreated, { email: reply.body.email ?? '', password: reply.body.password ?? '' }),
            });
            form.reset();
            router.refresh();
          } else setMessage({ ok: false, text: fill(t.error, { message: reply.errorMessage }) });
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
    </HydrationGate>
  );
}
