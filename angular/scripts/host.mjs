// Starts the real GridStaff Host (already built) on a free port with a fresh SQLite database,
// for the proxy script and the end-to-end tests. Stop it with the returned stop().
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const hostProject = join(repoRoot, 'src/GridStaff.HttpApi.Host');

export function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

/**
 * Environment for a throwaway Host: its own SQLite file, in-memory jobs, migrate + seed on start.
 * `testing`: the end-to-end set-up — environment Testing with the adjustable clock and its endpoints
 * (/api/testing/…), and a Hangfire server so the compile job the scheduler enqueues really runs.
 */
export function hostEnvironment(dataDir, { demo = true, spaRoot, testing = false } = {}) {
  return {
    ...process.env,
    ASPNETCORE_ENVIRONMENT: testing ? 'Testing' : 'Demo', // Demo: the demo's development keys
    PersonalData__Key: 'R3JpZFN0YWZmLWRldmVsb3BtZW50LWtleS1ub3Qtc2VjcmV0IQ==', // the public development key
    ...(testing ? { Testing__Clock: 'true' } : {}),
    DOTNET_NOLOGO: '1',
    DOTNET_CLI_TELEMETRY_OPTOUT: '1',
    Database__Provider: 'Sqlite',
    Database__MigrateOnStartup: 'true',
    ConnectionStrings__Default: `Data Source=${join(dataDir, 'gridstaff.db')}`,
    Seed__DemoData: demo ? 'true' : 'false',
    Hangfire__Storage: 'InMemory',
    Hangfire__Server__Enabled: testing ? 'true' : 'false',
    Serilog__MinimumLevel__Default: 'Warning',
    ...(spaRoot ? { Spa__RootPath: spaRoot } : {}),
  };
}

export async function startHost({ demo = true, spaRoot, port, testing = false } = {}) {
  port ??= await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'gridstaff-host-'));
  const url = `http://127.0.0.1:${port}`;
  const child = spawn('dotnet', ['run', '--no-build', '--no-launch-profile', '--urls', url], {
    cwd: hostProject,
    env: hostEnvironment(dataDir, { demo, spaRoot, testing }),
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  const stop = () => {
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Host exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return { url, port, stop, pid: child.pid };
    } catch { /* not listening yet */ }
    await new Promise(r => setTimeout(r, 300));
  }
  stop();
  throw new Error('Host did not answer /health within 90 s');
}
