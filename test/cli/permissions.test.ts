// Permission denied, for a file and for a directory inside a walk. Root reads everything, so when
// the tests run as root (CI does) the CLI is run as the unprivileged user `nobody`.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const isRoot = process.getuid?.() === 0;
// `nobody` must also be able to read the checkout (a clone under a private home directory is not).
const canDrop =
  isRoot &&
  spawnSync('su', ['nobody', '-s', '/bin/sh', '-c', `test -r '${join(process.cwd(), 'src/cli/main.ts')}' && test -r '${join(process.cwd(), 'node_modules/tsx/dist/loader.mjs')}'`]).status === 0;
const tmp = mkdtempSync(join(tmpdir(), 'whichlang-perm-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function runAsUser(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const command = [process.execPath, '--import', join(process.cwd(), 'node_modules/tsx/dist/loader.mjs'), join(process.cwd(), 'src/cli/main.ts'), ...args]
    .map((a) => `'${a.replace(/'/g, `'\\''`)}'`)
    .join(' ');
  const run = isRoot
    ? spawnSync('su', ['nobody', '-s', '/bin/sh', '-c', command], { encoding: 'utf8' })
    : spawnSync('/bin/sh', ['-c', command], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

it.runIf(!isRoot || canDrop)('reports unreadable files and directories, and classifies the rest', () => {
  chmodSync(tmp, 0o755);
  const tree = join(tmp, 'tree');
  mkdirSync(join(tree, 'locked'), { recursive: true });
  copyFileSync('test/fixtures/samples/list.c', join(tree, 'open.c'));
  copyFileSync('test/fixtures/samples/list.c', join(tree, 'locked', 'hidden.c'));
  copyFileSync('test/fixtures/samples/inventory.py', join(tree, 'secret.py'));
  chmodSync(tree, 0o755);
  chmodSync(join(tree, 'locked'), 0o000);
  chmodSync(join(tree, 'secret.py'), 0o000);
  const { status, stdout, stderr } = runAsUser(['--ndjson', tree]);
  execFileSync('chmod', ['-R', 'u+rwx', tree]);
  expect(status, stderr).toBe(1);
  const byPath = new Map(stdout.trim().split('\n').map((l) => JSON.parse(l) as { path: string }).map((r) => [r.path, r]));
  expect(byPath.get(join(tree, 'open.c'))).toMatchObject({ language: 'C' });
  expect(byPath.get(join(tree, 'locked'))).toMatchObject({ error: { code: 'PERMISSION' } });
  expect(byPath.get(join(tree, 'secret.py'))).toMatchObject({ error: { code: 'PERMISSION' } });
  expect(stderr.trim().split('\n').filter((l) => l.includes('permission denied'))).toHaveLength(2);
});
