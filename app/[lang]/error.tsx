'use client';

import { useParams } from 'next/navigation';
import { useEffect } from 'react';
import { isLang } from '@/lib/i18n/lang';
import { widgetStrings } from '@/lib/i18n/sections/widgets';

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const params = useParams<{ lang: string }>();
  const t = widgetStrings(params?.lang && isLang(params.lang) ? params.lang : 'id').errors;
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="message-page" role="alert">
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <button type="button" className="button" onClick={() => retry()}>
        {t.retry}
      </button>
    </div>
  );
}
