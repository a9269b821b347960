import type { ReactNode } from 'react';

// A card on the overview grid: a titled region with optional badges beside the title.
export function Panel({
  id,
  title,
  badges,
  wide = false,
  children,
}: {
  id: string;
  title: string;
  badges?: ReactNode;
  wide?: boolean;
  children: ReactNode;
}) {
  const headingId = `${id}-title`;
  return (
    <section className={wide ? 'panel panel-wide' : 'panel'} id={id} aria-labelledby={headingId}>
      <header className="panel-head">
        <h2 id={headingId}>{title}</h2>
        {badges}
      </header>
      {children}
    </section>
  );
}

/** Placeholder while a panel's data streams in; keeps the panel's height so nothing jumps. */
export function PanelSkeleton({ title, height = 320, wide = false }: { title?: string; height?: number; wide?: boolean }) {
  return (
    <div className={wide ? 'panel panel-wide' : 'panel'} aria-busy="true">
      {title ? <h2 className="panel-head">{title}</h2> : <div className="skeleton skeleton-line" />}
      <div className="skeleton" style={{ height }} />
    </div>
  );
}
