'use client';

import { type ReactNode, useSyncExternalStore } from 'react';

// Forms whose meaning lives in React state (which edition a correction goes to, the steps of
// an import) must not be used before React has taken over the server HTML: a choice made then
// is shown by the browser but unknown to React, which would send the form for what its own
// state says, and a submit before hydration is a plain GET that puts the fields in the URL.
// Until hydration every control inside is disabled (a disabled fieldset), then enabled.

const subscribe = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

export function HydrationGate({ children }: { children: ReactNode }) {
  const hydrated = useHydrated();
  return (
    <fieldset className="hydration-gate" disabled={!hydrated}>
      {children}
    </fieldset>
  );
}
