// A real npm registry on the loopback interface for the release test:
// verdaccio, pinned with its lockfile in tests/release/registry/ and installed
// from there into .tmp/ (once per lockfile) rather than as a devDependency, so
// that `npm ci` and `npm test` do not carry its 327 packages. Storage, users,
// config and npm's cache all live in one temporary folder; no uplinks, so
// nothing is ever proxied to or published on a public registry.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const pinned = path.join(import.meta.dirname, 'registry');
// Where the pinned verdaccio comes from: the npm registry, by its lockfile.
const INSTALL_REGISTRY = 'https://registry.npmjs.org/';

/** Installs the pinned verdaccio (npm ci from its lockfile) unless this lockfile's install is there already. */
export function installVerdaccio(tmp: string): string {
  const lock = readFileSync(path.join(pinned, 'package-lock.json'));
  const dir = path.join(root, '.tmp', `release-registry-${createHash('sha256').update(lock).digest('hex').slice(0, 12)}`);
  const bin = path.join(dir, 'node_modules', 'verdaccio', 'bin', 'verdaccio');
  if (existsSync(bin)) return bin;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  copyFileSync(path.join(pinned, 'package.json'), path.join(dir, 'package.json'));
  copyFileSync(path.join(pinned, 'package-lock.json'), path.join(dir, 'package-lock.json'));
  const r = spawnSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--registry', INSTALL_REGISTRY, '--cache', path.join(tmp, 'npm-cache-install')], {
    cwd: dir,
    env: cleanEnv(),
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`installing verdaccio failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
  return bin;
}

/** The environment without npm's own variables (npm run sets npm_config_registry and others). */
export function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface Registry {
  url: string;
  /** Environment for every npm command: this registry, its token, a cache in the temporary folder. */
  env: NodeJS.ProcessEnv;
  log: () => string;
  stop: () => Promise<void>;
}

/** Starts verdaccio on 127.0.0.1 with everything under `dir`; resolves once it answers and a user is made. */
export async function startRegistry(bin: string, dir: string): Promise<Registry> {
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const config = path.join(dir, 'config.yaml');
  writeFileSync(
    config,
    [
      `storage: ${JSON.stringify(path.join(dir, 'storage'))}`,
      'auth:',
      '  htpasswd:',
      `    file: ${JSON.stringify(path.join(dir, 'htpasswd'))}`,
      '    max_users: 10',
      'uplinks: {}',
      'packages:',
      "  '**':",
      '    access: $all',
      '    publish: $authenticated',
      '    unpublish: $authenticated',
      'web:',
      '  enable: false',
      'log: { type: stdout, format: pretty, level: warn }',
      '',
    ].join('\n'),
  );
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [bin, '--config', config, '--listen', `127.0.0.1:${port}`], {
    cwd: dir,
    env: cleanEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (b: Buffer) => (output += b));
  child.stderr!.on('data', (b: Buffer) => (output += b));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
  };
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`verdaccio exited (${child.exitCode}):\n${output}`);
      try {
        if ((await fetch(`${url}-/ping`)).ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`verdaccio did not answer on ${url} within 60 s:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const res = await fetch(`${url}-/user/org.couchdb.user:dv-release`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'dv-release', password: 'dv-release-test' }),
    });
    const { token } = (await res.json()) as { token?: string };
    if (!res.ok || !token) throw new Error(`could not make a user on the test registry (${res.status})`);
    const npmrc = path.join(dir, 'npmrc');
    writeFileSync(npmrc, `registry=${url}\n//127.0.0.1:${port}/:_authToken=${token}\n`);
    writeFileSync(path.join(dir, 'npmrc-global'), '');
    const env = {
      ...cleanEnv(),
      npm_config_registry: url,
      npm_config_userconfig: npmrc,
      npm_config_globalconfig: path.join(dir, 'npmrc-global'),
      npm_config_cache: path.join(dir, 'npm-cache'),
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    };
    return { url, env, log: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
