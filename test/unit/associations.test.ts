import { strict as assert } from 'assert';
import { associatedWith, matchesGlob } from '../../src/features/associations';

describe('files.associations matching', () => {
  it('matches a pattern without a slash against the file name', () => {
    assert.ok(matchesGlob('/work/notes/todo.txt', '*.txt'));
    assert.ok(matchesGlob('/work/notes/README.TXT', '*.txt'), 'ignores case');
    assert.ok(matchesGlob('/work/notes/todo.txt', 'todo.txt'));
    assert.ok(!matchesGlob('/work/notes/todo.txt.bak', '*.txt'));
    assert.ok(matchesGlob('/work/notes/a.log', '*.{log,txt}'));
  });

  it('matches a pattern with a slash against the whole path', () => {
    assert.ok(matchesGlob('/work/raw/wire/a.txt', '**/raw/**/*.txt'));
    assert.ok(!matchesGlob('/work/briefings/a.txt', '**/raw/**/*.txt'));
    assert.ok(matchesGlob('/work/raw/a.txt', '**/raw/*.txt'));
  });

  it('looks only at associations to the given language', () => {
    const associations = { '*.txt': 'plaintext', '*.brief': 'briefing' };
    assert.ok(associatedWith('/w/a.txt', associations, 'plaintext'));
    assert.ok(!associatedWith('/w/a.brief', associations, 'plaintext'));
    assert.ok(!associatedWith('/w/a.txt', {}, 'plaintext'));
  });
});
