import { strict as assert } from 'assert';
import { expandBraces, Glob } from '../../src/workspace/glob';

describe('workspace index: globs', () => {
  it('spells out braces, nested ones and those spanning folders', () => {
    assert.deepEqual(expandBraces('**/*.{briefing,txt}'), ['**/*.briefing', '**/*.txt']);
    assert.deepEqual(expandBraces('{a/b,c}/{x,y{1,2}}'), ['a/b/x', 'a/b/y1', 'a/b/y2', 'c/x', 'c/y1', 'c/y2']);
    assert.deepEqual(expandBraces('odd{name'), ['odd{name']);
  });

  it('matches as VS Code does: * and ? within a segment, ** across any number, [..] and [!..]', () => {
    const glob = new Glob('**/*.{briefing,txt}');
    assert.ok(glob.matches('a.txt'));
    assert.ok(glob.matches('deep/er/a.briefing'));
    assert.ok(!glob.matches('a.txt/inner.json'));
    assert.ok(!glob.matches('a.json'));
    assert.ok(new Glob('notes/?.[0-9]').matches('notes/a.7'));
    assert.ok(!new Glob('notes/?.[!0-9]').matches('notes/a.7'));
    assert.ok(!new Glob('notes/*.txt').matches('notes/x/y.txt'));
    assert.ok(new Glob('./notes/**').matches('notes/x/y.txt'));
  });

  it('excludes what lies under an excluded folder', () => {
    const nodeModules = new Glob('**/node_modules');
    assert.ok(nodeModules.coversOrContains('node_modules/pkg/readme.txt'));
    assert.ok(nodeModules.coversOrContains('briefings/node_modules/x.briefing'));
    assert.ok(!nodeModules.coversOrContains('briefings/node_modules_notes.txt'));
    assert.ok(new Glob('**/.git').coversOrContains('.git/index.lock'));
  });

  it('narrows the include glob to a folder: only what can match under it', () => {
    assert.deepEqual(new Glob('**/*.{briefing,txt}').under('reports/2029'), ['**/*.briefing', '**/*.txt']);
    assert.deepEqual(new Glob('workspace-index/**/*.txt').under('workspace-index/bulk'), ['**/*.txt']);
    assert.deepEqual(new Glob('workspace-index/reports/*.txt').under('workspace-index/reports'), ['*.txt']);
    assert.deepEqual(new Glob('workspace-index/reports/*.txt').under('workspace-index'), ['reports/*.txt']);
    // Nothing under these can match: a folder created there needs no listing.
    assert.deepEqual(new Glob('workspace-index/**/*.txt').under('out'), []);
    assert.deepEqual(new Glob('workspace-index/reports/*.txt').under('workspace-index/reports/x'), []);
    // `a/**/b/*.txt` under `a/b`: files straight inside it, and any deeper `b` folder.
    assert.deepEqual(new Glob('a/**/b/*.txt').under('a/b').sort(), ['**/b/*.txt', '*.txt']);
  });

  it('narrows so that a file under the folder matches the narrowed glob exactly when it matches the whole one', () => {
    const includes = ['**/*.{briefing,txt}', 'w/**/*.txt', 'w/r/*.txt', 'a/**/b/*.txt', '*/x/**', 'w/{r,s}/**/*.briefing'];
    const folders = ['w', 'w/r', 'w/r/b', 'a', 'a/b', 'a/c/b', 'q/x', 'out'];
    const rests = ['f.txt', 'b/f.txt', 'x/b/f.txt', 'r/f.txt', 'g.briefing', 's/t/g.briefing', 'f.json'];
    for (const include of includes) {
      const whole = new Glob(include);
      for (const folder of folders) {
        const narrowed = whole.under(folder).map((pattern) => new Glob(pattern));
        for (const rest of rests) {
          const expected = whole.matches(`${folder}/${rest}`);
          assert.equal(narrowed.some((glob) => glob.matches(rest)), expected, `${include} under ${folder}: ${rest}`);
        }
      }
    }
  });
});
