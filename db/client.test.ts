import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquirePgliteLock, connect, DatabaseInUseError } from './client';

// PGlite has no lock of its own; these show a second process is refused, not silently let in.
const dirs: string[] = [];
function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pantau-lock-'));
  dirs.push(dir);
  return path.join(dir, 'pglite');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('PGlite folder lock', () => {
  it('refuses a folder held by another live process, with a message naming folder and process', async () => {
    const dir = tempDir();
    const other = spawn('sleep', ['30']);
    try {
      fs.writeFileSync(`${dir}.lock`, String(other.pid));
      const attempt = connect({ pgliteDir: dir });
      await expect(attempt).rejects.toBeInstanceOf(DatabaseInUseError);
      await expect(connect({ pgliteDir: dir })).rejects.toThrow(new RegExp(`${path.basename(dir)}.*process ${other.pid}`));
      expect(fs.existsSync(path.join(dir, 'PG_VERSION'))).toBe(false);
    } finally {
      other.kill();
    }
  });

  it('takes over a lock left by a dead process and releases it on close', async () => {
    const dir = tempDir();
    const dead = spawn('true');
    await new Promise((resolve) => dead.on('exit', resolve));
    fs.writeFileSync(`${dir}.lock`, String(dead.pid));
    const conn = await connect({ pgliteDir: dir });
    expect(fs.readFileSync(`${dir}.lock`, 'utf8')).toBe(String(process.pid));
    await conn.close();
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  });

  it('lets the owning process reopen after releasing', () => {
    const dir = tempDir();
    const release = acquirePgliteLock(dir);
    release();
    const again = acquirePgliteLock(dir);
    expect(fs.readFileSync(`${dir}.lock`, 'utf8')).toBe(String(process.pid));
    again();
  });
});
