import { notFound } from 'next/navigation';
import { safeNextPath } from '@/lib/auth/next-path';
import { getDictionary, href, isLang } from '@/lib/i18n';
import { SignInForm } from './sign-in-form';

// Sign-in for the coordination team. /admin sends signed-out visitors here.
export const dynamic = 'force-dynamic';

export default async function SignInPage({ params, searchParams }: PageProps<'/[lang]/masuk'>) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const t = getDictionary(lang).admin;
  const target = safeNextPath((await searchParams).next) ?? href(lang, '/admin/impor');
  return (
    <section className="message-page" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t.signInTitle}</h1>
      <p>{t.signInIntro}</p>
      <SignInForm
        next={target}
        labels={{
          email: t.email,
          password: t.password,
          submit: t.signInButton,
          failed: t.signInFailed,
          throttled: t.signInThrottled,
        }}
      />
    </section>
  );
}
