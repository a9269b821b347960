'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import styles from './admin.module.css';

/** A change that cannot be taken back from the page (roll back a batch, delete a row): confirm, send, refresh. */
export function ConfirmButton({
  url,
  method,
  label,
  confirm,
}: {
  url: string;
  method: 'POST' | 'DELETE';
  label: string;
  confirm: string;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className={styles.secondary}
        onClick={async () => {
          if (!window.confirm(confirm)) return;
          const response = await fetch(url, { method });
          if (response.ok) router.refresh();
          else setError(((await response.json()) as { error: { message: string } }).error.message);
        }}
      >
        {label}
      </button>
      {error ? (
        <span role="alert" className={styles.error}>
          {' '}
          {error}
        </span>
      ) : null}
    </>
  );
}
