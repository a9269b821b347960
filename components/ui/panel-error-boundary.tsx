'use client';

import { catchError, type ErrorInfo } from 'next/error';
import type { Lang } from '@/lib/i18n/lang';
import { widgetStrings } from '@/lib/i18n/sections/widgets';

// One failing panel shows its own message and a retry button; the other panels stay.
function PanelErrorFallback({ lang, title }: { lang: Lang; title: string }, { retry }: ErrorInfo) {
  const t = widgetStrings(lang).errors;
  return (
    <section className="panel" role="alert">
      <header className="panel-head">
        <h2>{title}</h2>
      </header>
      <p>{t.panel}</p>
      <button type="button" className="button" onClick={() => retry()}>
        {t.retry}
      </button>
    </section>
  );
}

export const PanelErrorBoundary = catchError(PanelErrorFallback);
