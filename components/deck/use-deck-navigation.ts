'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

// Slide position shared by the audience window and the presenter window: keys and clicker
// buttons move it, the URL follows (?slide=n), and a BroadcastChannel keeps both windows of
// the same deck in step. A position received from the other window is not sent back.

type Message = { type: 'goto'; index: number } | { type: 'hello' };

const forward = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar']);
const backward = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export function useDeckNavigation(options: { count: number; initial: number; channel: string; role: 'audience' | 'presenter' }) {
  const { count, channel, role } = options;
  const [index, setIndex] = useState(options.initial);
  const indexRef = useRef(index);
  const channelRef = useRef<BroadcastChannel | null>(null);

  const show = useCallback(
    (next: number, broadcast: boolean) => {
      const clamped = Math.max(0, Math.min(count - 1, next));
      indexRef.current = clamped;
      setIndex(clamped);
      const url = new URL(window.location.href);
      url.searchParams.set('slide', String(clamped + 1));
      window.history.replaceState(window.history.state, '', url);
      if (broadcast) channelRef.current?.postMessage({ type: 'goto', index: clamped } satisfies Message);
    },
    [count],
  );

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const bc = new BroadcastChannel(channel);
    channelRef.current = bc;
    bc.onmessage = (event: MessageEvent<Message>) => {
      if (event.data.type === 'goto') show(event.data.index, false);
      else if (event.data.type === 'hello' && role === 'audience') bc.postMessage({ type: 'goto', index: indexRef.current });
    };
    // A presenter window opened mid-meeting asks where the audience is.
    if (role === 'presenter') bc.postMessage({ type: 'hello' } satisfies Message);
    return () => {
      bc.close();
      channelRef.current = null;
    };
  }, [channel, role, show]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      // Space on a focused button or link is that control's own click.
      if (event.key === ' ' && event.target instanceof HTMLElement && event.target.closest('button, a')) return;
      let next: number | null = null;
      if (forward.has(event.key)) next = indexRef.current + 1;
      else if (backward.has(event.key)) next = indexRef.current - 1;
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = count - 1;
      if (next === null) return;
      event.preventDefault();
      show(next, true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [count, show]);

  return { index, go: (next: number) => show(next, true) };
}
