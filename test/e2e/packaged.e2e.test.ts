// The extension as a user installs it: `npm run package` builds the .vsix, code-server installs it
// into a fresh profile, and the real workbench reads a plain .txt sample as a briefing.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from '../runners/codeServer';
import { Workbench } from './workbench';

const VSCE = path.join(REPO_ROOT, 'node_modules', '.bin', 'vsce');
const { version } = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
/** Where `npm run package` writes the .vsix. */
const VSIX = path.join(REPO_ROOT, `briefing-lens-${version}.vsix`);
/** A sample without the .briefing.txt extension: only content detection makes it a briefing. */
const PLAIN_SAMPLE = 'mountain-border-incident.txt';

function run(command: string, args: string[]): string {
  const done = spawnSync(command, args, { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  assert.strictEqual(done.status, 0, `${command} ${args.join(' ')} failed:\n${done.stdout}${done.stderr}`);
  return done.stdout;
}

describe('the packaged extension in the real workbench', function () {
  this.timeout(180_000);
  let workbench: Workbench | undefined;

  after(async () => {
    await workbench?.close();
  });

  it('packages only the bundle, under 2 MB', () => {
    const files = run(VSCE, ['ls', '--no-dependencies']).split('\n').filter(Boolean);
    const stray = files.filter((file) => /^(src|test|node_modules|out)\//.test(file));
    assert.deepStrictEqual(stray, [], 'sources, tests or node_modules in the package');
    assert.ok(files.includes('dist/extension.js'), `no dist/extension.js in ${JSON.stringify(files)}`);
    fs.rmSync(VSIX, { force: true });
    run('npm', ['run', '-s', 'package']);
    const size = fs.statSync(VSIX).size;
    assert.ok(size < 2 * 1024 * 1024, `the .vsix is ${size} bytes`);
  });

  it('installs from the .vsix and reads a plain .txt briefing as Briefing', async () => {
    assert.ok(fs.existsSync(VSIX), `the packaging step did not produce ${path.basename(VSIX)}`);
    workbench = await Workbench.open(path.join(REPO_ROOT, 'samples'), { vsix: VSIX });
    await workbench.quickOpen(PLAIN_SAMPLE);
    assert.strictEqual(await workbench.waitForStatusBar('status.editor.mode', /^Briefing$/), 'Briefing');
    await workbench.openEntitiesView();
    const labels = await workbench.paneRowLabels('Entities');
    assert.ok(labels.some((label) => /^People \(\d+\)/.test(label)), JSON.stringify(labels));
    await workbench.screenshot('08-packaged-plain-text');
  });
});
