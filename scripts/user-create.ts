// npm run user:create -- --email a@b.id --role admin [--name "..."] [--password-stdin]
// Creates an account. Without --password-stdin a password is generated and printed once;
// there is no default password.
import readline from 'node:readline/promises';
import { createUser, generatePassword, UserExistsError } from '@/db/queries/users';
import { userRoles } from '@/db/schema/enums';
import { openCliDatabase, parseArgs } from './cli';

async function main() {
  const { options } = parseArgs(process.argv.slice(2));
  const email = typeof options.email === 'string' ? options.email : '';
  const role = options.role;
  if (!/^[^@\s]+@[^@\s]+$/.test(email) || !userRoles.includes(role as never)) {
    console.error(
      `Usage: npm run user:create -- --email NAME@DOMAIN --role ${userRoles.join('|')} [--name NAME] [--password-stdin]`,
    );
    process.exit(1);
  }
  let password: string;
  let generated = false;
  if (options['password-stdin']) {
    const rl = readline.createInterface({ input: process.stdin });
    password = ((await rl[Symbol.asyncIterator]().next()).value ?? '').trim();
    rl.close();
  } else {
    password = generatePassword();
    generated = true;
  }
  const conn = await openCliDatabase();
  try {
    const user = await createUser(conn.db, {
      email,
      role: role as (typeof userRoles)[number],
      name: typeof options.name === 'string' ? options.name : undefined,
      password,
      actor: 'cli',
    });
    console.log(`Created ${user.role} ${user.email}`);
    if (generated) console.log(`Password (shown once, store it now): ${password}`);
  } catch (error) {
    if (error instanceof UserExistsError || (error instanceof Error && /password/.test(error.message))) {
      console.error(error.message);
      process.exitCode = 1;
    } else throw error;
  } finally {
    await conn.close();
  }
}

await main();
