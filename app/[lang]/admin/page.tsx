import { redirect } from 'next/navigation';
import { href, isLang } from '@/lib/i18n';

export const dynamic = 'force-dynamic';

export default async function AdminHome({ params }: PageProps<'/[lang]/admin'>) {
  const { lang } = await params;
  redirect(href(isLang(lang) ? lang : 'id', '/admin/impor'));
}
