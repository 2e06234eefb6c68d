// The extension as a user installs it: `vsce package` builds the .vsix, code-server installs it
// into a fresh profile, and the real workbench reads a plain .txt sample as a briefing.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT, makeShortTempRoot } from '../runners/codeServer';
import { Workbench } from './workbench';

const VSCE = path.join(REPO_ROOT, 'node_modules', '.bin', 'vsce');
/** A sample without the .briefing.txt extension: only content detection makes it a briefing. */
const PLAIN_SAMPLE = 'mountain-border-incident.txt';

function vsce(args: string[]): string {
  const run = spawnSync(VSCE, args, { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  assert.strictEqual(run.status, 0, `vsce ${args.join(' ')} failed:\n${run.stdout}${run.stderr}`);
  return run.stdout;
}

describe('the packaged extension in the real workbench', function () {
  this.timeout(180_000);
  let scratch: string;
  let vsix: string;
  let workbench: Workbench | undefined;

  before(() => {
    scratch = makeShortTempRoot('bl-vsix');
    vsix = path.join(scratch, 'briefing-lens.vsix');
  });

  after(async () => {
    await workbench?.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('packages only the bundle, under 2 MB', () => {
    const files = vsce(['ls', '--no-dependencies']).split('\n').filter(Boolean);
    const stray = files.filter((file) => /^(src|test|node_modules|out)\//.test(file));
    assert.deepStrictEqual(stray, [], 'sources, tests or node_modules in the package');
    assert.ok(files.includes('dist/extension.js'), `no dist/extension.js in ${JSON.stringify(files)}`);
    vsce(['package', '--no-dependencies', '--out', vsix]);
    const size = fs.statSync(vsix).size;
    assert.ok(size < 2 * 1024 * 1024, `the .vsix is ${size} bytes`);
  });

  it('installs from the .vsix and reads a plain .txt briefing as Briefing', async () => {
    assert.ok(fs.existsSync(vsix), 'the packaging step did not produce a .vsix');
    workbench = await Workbench.open(path.join(REPO_ROOT, 'samples'), { vsix });
    await workbench.quickOpen(PLAIN_SAMPLE);
    assert.strictEqual(await workbench.waitForStatusBar('status.editor.mode', /^Briefing$/), 'Briefing');
    await workbench.openEntitiesView();
    const labels = await workbench.paneRowLabels('Entities');
    assert.ok(labels.some((label) => /^People \(\d+\)/.test(label)), JSON.stringify(labels));
    await workbench.screenshot('08-packaged-plain-text');
  });
});
