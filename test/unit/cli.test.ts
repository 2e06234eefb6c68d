import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CliIo, runCli } from '../../src/cli/run';

const root = path.resolve(__dirname, '../../..');
const tiny = path.join(root, 'test/fixtures/cli/tiny.briefing.txt');

function run(argv: string[], files: Record<string, Uint8Array | string> = {}, stdin = '') {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (t) => (out += t),
    err: (t) => (err += t),
    readFile: (p) => {
      if (!(p in files)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      const f = files[p];
      return typeof f === 'string' ? new TextEncoder().encode(f) : f;
    },
    readStdin: () => new TextEncoder().encode(stdin),
  };
  const status = runCli(argv, io);
  return { status, out, err };
}

const text = fs.readFileSync(tiny, 'utf8');

describe('cli', () => {
  it('prints a JSON array with the contract fields for one file', () => {
    const { status, out } = run(['analyze', 'a.txt'], { 'a.txt': text });
    assert.equal(status, 0);
    const docs = JSON.parse(out);
    assert.ok(Array.isArray(docs));
    assert.equal(docs.length, 1);
    assert.equal(docs[0].file, 'a.txt');
    for (const key of ['entities', 'figures', 'citations', 'sections']) assert.ok(Array.isArray(docs[0][key]), key);
  });

  it('finds the minister, her role, the money and the citation', () => {
    const [doc] = JSON.parse(run(['analyze', 'a.txt'], { 'a.txt': text }).out);
    const minister = doc.entities.find((e: { name: string }) => e.name === 'Aigerim Sultanova');
    assert.ok(minister, 'person found');
    assert.equal(minister.type, 'person');
    assert.equal(minister.role, 'Defence Minister');
    assert.equal(minister.mentions.length, 3);
    const money = doc.figures.find((f: { kind: string }) => f.kind === 'money');
    assert.deepEqual([money.text, money.value, money.unit], ['$2.5 million', 2500000, 'USD']);
    assert.deepEqual(doc.citations.map((c: { source: string }) => c.source), ['Interfax']);
  });

  it('keeps every span true to the text', () => {
    const [doc] = JSON.parse(run(['analyze', 'a.txt'], { 'a.txt': text }).out);
    const spans = [...doc.entities.flatMap((e: { mentions: unknown[] }) => e.mentions), ...doc.figures, ...doc.citations];
    assert.ok(spans.length > 5);
    for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text);
  });

  it('defaults to JSON lines for several files, in the order given', () => {
    const { status, out } = run(['analyze', 'b.txt', 'a.txt'], { 'a.txt': text, 'b.txt': 'Nothing here.' });
    assert.equal(status, 0);
    const lines = out.trimEnd().split('\n');
    assert.deepEqual(lines.map((l) => JSON.parse(l).file), ['b.txt', 'a.txt']);
  });

  it('reads standard input with no file or with "-"', () => {
    for (const argv of [['analyze'], ['analyze', '-']]) {
      const { status, out } = run(argv, {}, text);
      assert.equal(status, 0);
      assert.ok(JSON.parse(out)[0].entities.length > 0);
    }
  });

  it('exits 1 for an unreadable file, names it, and still prints the others', () => {
    const { status, out, err } = run(['analyze', 'missing.txt', 'a.txt'], { 'a.txt': text });
    assert.equal(status, 1);
    assert.match(err, /missing\.txt: no such file/);
    assert.deepEqual(out.trimEnd().split('\n').map((l) => JSON.parse(l).file), ['a.txt']);
  });

  it('refuses binary input with a clear message', () => {
    const { status, err } = run(['analyze', 'x.bin'], { 'x.bin': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1]) });
    assert.equal(status, 1);
    assert.match(err, /x\.bin.*binary/);
  });

  it('removes a UTF-8 byte-order mark and decodes UTF-16 so offsets match the editor', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + i * 2] = text.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const plain = JSON.parse(run(['analyze', 'a'], { a: text }).out)[0];
    for (const bytes of [bom, utf16]) {
      const doc = JSON.parse(run(['analyze', 'a'], { a: bytes }).out)[0];
      assert.deepEqual(doc.entities, plain.entities);
    }
  });

  it('warns about invalid UTF-8 but still analyses', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(text), 0xc3, 0x28]);
    const { status, err, out } = run(['analyze', 'bad.txt'], { 'bad.txt': bytes });
    assert.equal(status, 0);
    assert.match(err, /bad\.txt is not valid UTF-8/);
    assert.ok(JSON.parse(out)[0].entities.length > 0);
  });

  it('exits 2 with usage for bad arguments', () => {
    for (const argv of [[], ['frobnicate'], ['analyze', '--format', 'xml'], ['analyze', '--verbose']]) {
      const { status, err } = run(argv);
      assert.equal(status, 2, argv.join(' '));
      assert.match(err, /Usage:/);
    }
  });

  it('writes CSV with one row per mention or figure, quoting where needed', () => {
    const { out } = run(['analyze', '--format', 'csv', 'a.txt'], { 'a.txt': text });
    const lines = out.trimEnd().split('\n');
    assert.equal(lines[0], 'file,record,type,start,end,text,entity,role,value,unit');
    assert.ok(lines.some((l) => l.startsWith('a.txt,mention,person,') && l.includes('Aigerim Sultanova')));
    assert.ok(lines.some((l) => l.startsWith('a.txt,figure,money,') && l.includes('2500000,USD')));
  });

  it('writes a readable Markdown report', () => {
    const { out } = run(['analyze', '--format=md', 'a.txt'], { 'a.txt': text });
    assert.match(out, /^# a\.txt/);
    assert.match(out, /## People \(\d+\)/);
    assert.match(out, /\*\*Aigerim Sultanova\*\* — Defence Minister/);
  });

  describe('corrections dictionary', () => {
    const DICTIONARY = [
      '{',
      '  // the desk’s corrections',
      '  "entities": [{"name": "Astana", "type": "organization"}],',
      '  "notEntities": ["Interfax"],',
      '  "watchlist": ["Aigerim Sultanova"]',
      '}',
    ].join('\n');
    type Doc = { entities: { name: string; type: string; watched?: boolean }[] };
    const summary = (out: string) => (JSON.parse(out)[0] as Doc).entities.map((e) => `${e.type}:${e.name}${e.watched ? ' (watched)' : ''}`).sort();

    it('applies the file given with --dictionary: marks, drops and watches names', () => {
      for (const argv of [['analyze', '--dictionary', 'my.json', 'a.txt'], ['analyze', '--dictionary=my.json', 'a.txt']]) {
        const { status, out, err } = run(argv, { 'a.txt': text, 'my.json': DICTIONARY });
        assert.equal(status, 0);
        assert.equal(err, '');
        const entities = summary(out);
        assert.ok(entities.includes('organization:Astana'), entities.join(', '));
        assert.ok(entities.includes('person:Aigerim Sultanova (watched)'), entities.join(', '));
        assert.ok(!entities.some((e) => e.includes('Interfax')), entities.join(', '));
      }
    });

    it('uses .briefing-lens/entities.json of the current directory by default, and --no-dictionary ignores it', () => {
      const files = { 'a.txt': text, '.briefing-lens/entities.json': DICTIONARY };
      assert.ok(summary(run(['analyze', 'a.txt'], files).out).includes('organization:Astana'));
      const without = summary(run(['analyze', '--no-dictionary', 'a.txt'], files).out);
      assert.ok(without.includes('place:Astana'), without.join(', '));
      assert.ok(without.includes('person:Aigerim Sultanova'), without.join(', '));
    });

    it('says nothing when there is no default dictionary', () => {
      const { status, err } = run(['analyze', 'a.txt'], { 'a.txt': text });
      assert.equal(status, 0);
      assert.equal(err, '');
    });

    it('reports a malformed dictionary by file and line, applies the rest, and keeps the exit status', () => {
      const broken = DICTIONARY.replace('"organization"}]', '"organisation"}]').replace('["Interfax"],', '["Interfax"]');
      const { status, out, err } = run(['analyze', '--dictionary', 'my.json', 'a.txt'], { 'a.txt': text, 'my.json': broken });
      assert.equal(status, 0);
      assert.match(err, /my\.json line 3: entities\[0\]\.type must be one of "person", "organization", "place"/);
      assert.match(err, /my\.json line 5: a comma is expected/);
      const entities = summary(out);
      assert.ok(entities.includes('place:Astana'), 'the bad entry is skipped');
      assert.ok(!entities.some((e) => e.includes('Interfax')), 'the good ones apply');
      assert.ok(entities.includes('person:Aigerim Sultanova (watched)'));
    });

    it('exits 2 when the --dictionary file cannot be read, analysing nothing', () => {
      const { status, out, err } = run(['analyze', '--dictionary', 'nope.json', 'a.txt'], { 'a.txt': text });
      assert.equal(status, 2);
      assert.equal(out, '');
      assert.match(err, /cannot read dictionary nope\.json: no such file/);
      assert.equal(run(['analyze', 'a.txt', '--dictionary']).status, 2, 'a missing value is a bad argument');
    });

    it('marks watched entities in the Markdown report', () => {
      const { out } = run(['analyze', '--format', 'md', '--dictionary', 'my.json', 'a.txt'], { 'a.txt': text, 'my.json': DICTIONARY });
      assert.match(out, /\*\*Aigerim Sultanova\*\*.*★ watched/);
    });
  });

  it('runs as the built dist/cli.js with the workspace dictionary of its working directory', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-cli-'));
    try {
      fs.mkdirSync(path.join(dir, '.briefing-lens'));
      fs.writeFileSync(path.join(dir, '.briefing-lens/entities.json'), '{"entities": [{"name": "Astana", "type": "organization"}]}');
      const result = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), 'analyze', tiny], { cwd: dir, encoding: 'utf8' });
      assert.equal(result.status, 0, result.stderr);
      const astana = (JSON.parse(result.stdout)[0] as { entities: { name: string; type: string }[] }).entities.find((e) => e.name === 'Astana');
      assert.equal(astana?.type, 'organization');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs as the built dist/cli.js without touching the file it reads', () => {
    const before = fs.statSync(tiny).mtimeMs;
    const result = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), 'analyze', tiny], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(JSON.parse(result.stdout)[0].file, tiny);
    assert.equal(fs.statSync(tiny).mtimeMs, before);
    const bad = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), 'analyze', '--nope'], { encoding: 'utf8' });
    assert.equal(bad.status, 2);
  });
});
