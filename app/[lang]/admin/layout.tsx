import Link from 'next/link';
import { notFound } from 'next/navigation';
import { fill, getDictionary, href, isLang } from '@/lib/i18n';
import styles from './admin.module.css';
import { requireUser } from './session';
import { SignOutButton } from './sign-out-button';

// Everything under /admin needs an account; the public is sent to sign in.
export default async function AdminLayout({ children, params }: LayoutProps<'/[lang]/admin'>) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const user = await requireUser(lang, '/admin');
  const t = getDictionary(lang).admin;
  return (
    <div className={styles.stack}>
      <div className={styles.bar}>
        <nav aria-label={t.navLabel} className={styles.nav}>
          <Link href={href(lang, '/admin/impor')}>{t.navImport}</Link>
          <Link href={href(lang, '/admin/edisi')}>{t.navEditions}</Link>
          <Link href={href(lang, '/admin/riwayat')}>{t.navHistory}</Link>
          <Link href={href(lang, '/admin/batas')}>{t.navBoundaries}</Link>
          <Link href={href(lang, '/admin/katalog')}>{t.navCatalogue}</Link>
          <Link href={href(lang, '/admin/pengguna')}>{t.navUsers}</Link>
          <Link href={href(lang, '/admin/audit')}>{t.navAudit}</Link>
        </nav>
        <span>
          {fill(t.signedInAs, { email: user.email, role: user.role })} <SignOutButton label={t.signOut} home={href(lang, '/')} />
        </span>
      </div>
      {children}
    </div>
  );
}
