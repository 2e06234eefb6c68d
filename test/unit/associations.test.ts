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

  it('reads ** as whole folders, commas only inside braces, and character classes', () => {
    assert.ok(!matchesGlob('/work/draw/a.txt', '**/raw/*.txt'), 'a folder name is not a suffix of another');
    assert.ok(matchesGlob('/raw/a.txt', '**/raw/*.txt'));
    assert.ok(matchesGlob('/w/notes,old.txt', 'notes,old.txt'), 'a comma outside braces is literal');
    assert.ok(!matchesGlob('/w/a.md', '{x,y}.txt,*.md'), 'even after a closed brace');
    assert.ok(matchesGlob('/w/x.txt', '{x,y}.txt'));
    assert.ok(matchesGlob('/w/draft-2.txt', 'draft-[0-9].txt'));
    assert.ok(!matchesGlob('/w/draft-a.txt', 'draft-[0-9].txt'));
    assert.ok(matchesGlob('/w/draft-a.txt', 'draft-[!0-9].txt'));
  });

  it('looks only at associations to the given language', () => {
    const associations = { '*.txt': 'plaintext', '*.brief': 'briefing' };
    assert.ok(associatedWith('/w/a.txt', associations, 'plaintext'));
    assert.ok(!associatedWith('/w/a.brief', associations, 'plaintext'));
    assert.ok(!associatedWith('/w/a.txt', {}, 'plaintext'));
  });
});
