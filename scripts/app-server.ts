import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';

// Starts the built app (`npm run build` first) as its own process, the way the README runs
// it, for the soak and fault tests; reports the memory of its process tree.

export type AppServer = { url: string; process: ChildProcess; output: () => string; stop: () => Promise<void> };

export async function startApp(options: {
  port: number;
  env: Record<string, string>;
  cwd?: string;
  timeoutMs?: number;
}): Promise<AppServer> {
  const url = `http://localhost:${options.port}`;
  if (await answers(url)) throw new Error(`Port ${options.port} is already in use; stop what runs there first.`);
  let output = '';
  const child = spawn('node', ['node_modules/next/dist/bin/next', 'start', '-p', String(options.port)], {
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PORT: String(options.port), ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const stop = () => stopProcess(child);
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app exited (${child.exitCode}):\n${output}`);
    // Any answer counts as started: with the database down, health answers 503.
    if (
      await fetch(`${url}/api/health`).then(
        () => true,
        () => false,
      )
    )
      return { url, process: child, output: () => output, stop };
    await new Promise((r) => setTimeout(r, 300));
  }
  await stop();
  throw new Error(`The app did not answer on ${url} in time:\n${output}`);
}

const answers = (url: string) =>
  fetch(`${url}/api/health`).then(
    () => true,
    () => false,
  );

export function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/** Resident memory (MiB) of a process and all its descendants, from /proc (Linux). */
export function treeRssMiB(pid: number): number {
  const parents = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // the process ended while we looked
    }
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) for (const [child, parent] of parents) if (parent === tree[i]) tree.push(child);
  let kib = 0;
  for (const p of tree) {
    try {
      const match = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'));
      kib += Number(match?.[1] ?? 0);
    } catch {
      // gone
    }
  }
  return kib / 1024;
}
