import { notFound } from 'next/navigation';
import { DataTable } from '@/components/charts/data-table';
import { Panel } from '@/components/ui/panel';
import { listUsers } from '@/db/queries/users';
import { getDb } from '@/db/server';
import { can } from '@/lib/auth/roles';
import { fill, getDictionary, isLang } from '@/lib/i18n';
import { requireUser } from '../session';
import { UserForm } from './user-form';

// /admin/pengguna - accounts of the coordination team; admins create them.
export const dynamic = 'force-dynamic';

export default async function UsersPage({ params }: PageProps<'/[lang]/admin/pengguna'>) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const user = await requireUser(lang, '/admin/pengguna');
  const t = getDictionary(lang).admin;
  if (!can(user.role, 'users:write')) return <p>{fill(t.forbidden, { role: user.role })}</p>;
  const users = await listUsers(await getDb());
  return (
    <>
      <h1>{t.usersTitle}</h1>
      <Panel id="new-user" title={t.createUser}>
        <p>{t.usersIntro}</p>
        <UserForm labels={t} />
      </Panel>
      <Panel id="users" title={t.usersTitle}>
        <DataTable
          caption={t.usersTitle}
          columns={[
            { key: 'email', label: t.email },
            { key: 'name', label: t.colName },
            { key: 'role', label: t.role },
          ]}
          rows={users.map((u) => ({ key: u.id, email: u.email, name: u.name, role: u.role }))}
        />
      </Panel>
    </>
  );
}
