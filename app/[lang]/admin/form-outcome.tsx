import styles from './admin.module.css';

export type Outcome = { ok: boolean; text: string } | null;

/** What a form's last submit did: a status when it saved, an alert when it did not. */
export function FormOutcome({ message }: { message: Outcome }) {
  if (!message) return null;
  return (
    <p role={message.ok ? 'status' : 'alert'} className={message.ok ? styles.ok : styles.error}>
      {message.text}
    </p>
  );
}
