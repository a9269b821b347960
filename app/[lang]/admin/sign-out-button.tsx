'use client';

import { useRouter } from 'next/navigation';
import styles from './admin.module.css';

export function SignOutButton({ label, home }: { label: string; home: string }) {
  const router = useRouter();
  return (
    <button
      type="button"
      className={styles.secondary}
      onClick={async () => {
        await fetch('/api/auth/sign-out', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
        router.push(home);
        router.refresh();
      }}
    >
      {label}
    </button>
  );
}
