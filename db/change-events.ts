// Changes to the data announce themselves here (recordAudit calls `announceDataChange`
// inside the changing transaction), so caches in this process can look again at once
// instead of waiting for their next periodic check. Other processes are seen through the
// data version (`getDataVersion`).

type Listener = () => void;

const globalForEvents = globalThis as unknown as { pantauDataChangeListeners?: Set<Listener> };
globalForEvents.pantauDataChangeListeners ??= new Set();
const listeners = globalForEvents.pantauDataChangeListeners;

export function onDataChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announceDataChange(): void {
  for (const listener of listeners) listener();
}
