import { join } from 'node:path';

/** Starts the Host with the built UI and demo data; Playwright calls the returned function at the end. */
export default async function globalSetup(): Promise<() => void> {
  if (process.env['E2E_BASE_URL']) return () => {};
  // Plain ESM helper shared with the proxy script.
  const { repoRoot, startHost } = await import('../scripts/host.mjs');
  const host = await startHost({ demo: true, testing: true, spaRoot: join(repoRoot, 'angular/dist/gridstaff/browser') });
  process.env['E2E_BASE_URL'] = host.url;
  console.log(`Host for e2e on ${host.url}`);
  return () => host.stop();
}
