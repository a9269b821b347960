'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import styles from '../admin.module.css';

export function RollbackButton({ batchId, label, confirm }: { batchId: number; label: string; confirm: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className={styles.secondary}
        onClick={async () => {
          if (!window.confirm(confirm)) return;
          const response = await fetch(`/api/admin/batches/${batchId}/rollback`, { method: 'POST' });
          if (response.ok) router.refresh();
          else setError(((await response.json()) as { error: { message: string } }).error.message);
        }}
      >
        {label} {batchId}
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
