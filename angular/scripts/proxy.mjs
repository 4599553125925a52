// npm run proxy: writes angular/openapi.json from the running Host and regenerates src/app/proxy/.
// npm run proxy:check: regenerates into a temporary folder and fails if the checked-in proxy differs
// from what openapi.json gives (the .NET host test checks openapi.json against the live document).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { repoRoot, startHost } from './host.mjs';

const angular = join(repoRoot, 'angular');
const documentPath = join(angular, 'openapi.json');
const proxyDir = join(angular, 'src/app/proxy');

/** The Host's document, without the server address (it names the port). */
export function normalize(document) {
  const { servers, ...rest } = document;
  return JSON.stringify(rest, null, 2) + '\n';
}

function generate(output) {
  execFileSync(join(angular, 'node_modules/.bin/ng-openapi-gen'),
    ['--config', join(angular, 'ng-openapi-gen.json'), '--input', documentPath, '--output', output], { cwd: angular, stdio: 'inherit' });
}

function files(dir) {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

if (process.argv.includes('--check')) {
  const temp = mkdtempSync(join(tmpdir(), 'gridstaff-proxy-'));
  try {
    generate(temp);
    const expected = new Map(files(temp).map(f => [relative(temp, f), readFileSync(f, 'utf8')]));
    const actual = new Map(files(proxyDir).map(f => [relative(proxyDir, f), readFileSync(f, 'utf8')]));
    const stale = [...new Set([...expected.keys(), ...actual.keys()])].filter(k => expected.get(k) !== actual.get(k));
    if (stale.length) {
      console.error(`src/app/proxy is stale against openapi.json (${stale.length} files differ: ${stale.slice(0, 5).join(', ')}). Run: npm run proxy`);
      process.exit(1);
    }
    console.log(`proxy up to date: ${expected.size} files match openapi.json`);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
} else {
  if (!process.argv.includes('--no-build')) {
    execFileSync('dotnet', ['build', join(repoRoot, 'src/GridStaff.HttpApi.Host'), '-nologo', '-clp:ErrorsOnly'], { stdio: 'inherit' });
  }
  const host = await startHost({ demo: false });
  try {
    const document = await (await fetch(`${host.url}/openapi/v1.json`)).json();
    writeFileSync(documentPath, normalize(document));
    console.log(`wrote ${relative(repoRoot, documentPath)}`);
  } finally {
    host.stop();
  }
  rmSync(proxyDir, { recursive: true, force: true });
  generate(proxyDir);
  console.log(`generated ${relative(repoRoot, resolve(proxyDir))}`);
}
