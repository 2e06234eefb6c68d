// The CLI on bad input: what it prints, and the exit codes of its contract (shared/spec/cli.md):
// 0 every file analysed, 1 a file could not be read (named on stderr, the others still printed).
// Offsets must be the editor's, so every decoding case is checked against the text VS Code holds.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { normaliseLineEndings } from '../../src/cli/decode';
import type { DocumentJson } from '../../src/cli/document';
import { formatCsv } from '../../src/cli/formats';
import { CliIo, runCli } from '../../src/cli/run';

const root = path.resolve(__dirname, '../../..');
const cli = path.join(root, 'dist/cli.js');
const text = fs.readFileSync(path.join(root, 'test/fixtures/bad-input/grain-tariff.briefing.txt'), 'utf8');

function run(argv: string[], files: Record<string, Uint8Array | string>, stdin: Uint8Array = new Uint8Array()) {
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
    readStdin: () => stdin,
  };
  return { status: runCli(argv, io), out, err };
}

/** Analyses one file's bytes and returns its document, checking every span against `expected`, the editor's text. */
function analyseBytes(bytes: Uint8Array, expected: string): { doc: DocumentJson; err: string } {
  const { status, out, err } = run(['analyze', '--no-dictionary', 'f.txt'], { 'f.txt': bytes });
  assert.equal(status, 0, err);
  const [doc] = JSON.parse(out) as DocumentJson[];
  const spans = [...doc.entities.flatMap((e) => e.mentions), ...doc.figures, ...doc.citations];
  for (const s of spans) assert.equal(expected.slice(s.start, s.end), s.text, `span ${s.start}-${s.end}`);
  return { doc, err };
}

const names = (doc: DocumentJson) => doc.entities.map((e) => `${e.type}:${e.name}`).sort();
const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16(s: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes = new Uint8Array((bom ? 2 : 0) + s.length * 2);
  if (bom) bytes.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const [lo, hi] = [s.charCodeAt(i) & 0xff, s.charCodeAt(i) >> 8];
    bytes.set(order === 'le' ? [lo, hi] : [hi, lo], (bom ? 2 : 0) + i * 2);
  }
  return bytes;
}

/** Deterministic junk: every byte value but zero, as in a binary file that happens to have no NUL. */
function junk(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = 7;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    bytes[i] = 1 + ((x >>> 16) % 255);
  }
  return bytes;
}

describe('cli on bad input', () => {
  const plain = analyseBytes(utf8(text), text).doc;

  it('prints an empty analysis for an empty file or empty standard input, exit 0, nothing on stderr', () => {
    for (const result of [run(['analyze', 'e.txt'], { 'e.txt': '' }), run(['analyze', '-'], {}), run(['analyze', 'bom.txt'], { 'bom.txt': new Uint8Array([0xef, 0xbb, 0xbf]) })]) {
      assert.equal(result.status, 0);
      assert.equal(result.err, '');
      const [doc] = JSON.parse(result.out);
      assert.deepEqual([doc.entities, doc.figures, doc.citations, doc.sections], [[], [], [], []]);
    }
  });

  it('refuses binary junk without NUL bytes too, naming the file, and still analyses the others', () => {
    const { status, out, err } = run(['analyze', 'photo.txt', 'a.txt'], { 'photo.txt': junk(4000), 'a.txt': text });
    assert.equal(status, 1);
    assert.match(err, /cannot analyse photo\.txt: it looks like a binary file/);
    assert.deepEqual(out.trimEnd().split('\n').map((l) => JSON.parse(l).file), ['a.txt']);
  });

  it('refuses binary standard input', () => {
    const { status, err } = run(['analyze'], {}, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    assert.equal(status, 1);
    assert.match(err, /<stdin>: it looks like a binary file/);
  });

  it('analyses text in a legacy 8-bit encoding with a warning, rather than calling it binary', () => {
    // Windows-1251 Cyrillic: nearly every byte is invalid UTF-8, yet it is text, not binary data.
    const cp1251 = new Uint8Array([...utf8('Minister Dana Ospanova said: '), ...Array.from({ length: 300 }, (_, i) => (i % 7 === 6 ? 0x20 : 0xe0 + (i % 32)))]);
    const { doc, err } = analyseBytes(cp1251, new TextDecoder().decode(cp1251));
    assert.match(err, /f\.txt is not valid UTF-8/);
    assert.ok(names(doc).includes('person:Dana Ospanova'));
  });

  it('analyses invalid UTF-8 with a warning, offsets counted in the text with U+FFFD as the editor shows it', () => {
    const bytes = utf8(text);
    const at = text.indexOf('Transport');
    const broken = new Uint8Array([...bytes.subarray(0, at), 0xc3, 0x28, 0xff, ...bytes.subarray(at)]);
    const { doc, err } = analyseBytes(broken, new TextDecoder().decode(broken));
    assert.match(err, /not valid UTF-8/);
    assert.deepEqual(names(doc), names(plain));
  });

  for (const [label, bytes] of [
    ['a UTF-8 byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)])],
    ['UTF-16 LE with a byte-order mark', utf16(text, 'le', true)],
    ['UTF-16 BE with a byte-order mark', utf16(text, 'be', true)],
    ['UTF-16 LE without one (VS Code tells it by its zero bytes)', utf16(text, 'le', false)],
    ['UTF-16 BE without one', utf16(text, 'be', false)],
  ] as const) {
    it(`gives the same offsets for ${label} as for plain UTF-8`, () => {
      const { doc, err } = analyseBytes(bytes, text);
      assert.equal(err, '');
      assert.deepEqual(doc.entities, plain.entities);
      assert.deepEqual(doc.figures, plain.figures);
    });
  }

  it('decodes UTF-16 with characters outside the BMP (emoji) and Cyrillic, Kazakh and Chinese', () => {
    const multilingual = fs.readFileSync(path.join(root, 'test/fixtures/bad-input/border-trade-multilingual.briefing.txt'), 'utf8');
    const reference = analyseBytes(utf8(multilingual), multilingual).doc;
    assert.ok(names(reference).includes('person:Dana Ospanova'));
    for (const order of ['le', 'be'] as const) assert.deepEqual(analyseBytes(utf16(multilingual, order, true), multilingual).doc.entities, reference.entities);
  });

  it('keeps CRLF line endings as they are: offsets count both characters, as the editor does', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    const { doc, err } = analyseBytes(utf8(crlf), crlf);
    assert.equal(err, '');
    assert.deepEqual(names(doc), names(plain));
    assert.deepEqual(
      doc.sections.map((s) => [s.kind, s.line]),
      plain.sections.map((s) => [s.kind, s.line]),
    );
  });

  it('makes mixed line endings one, as VS Code does on opening, and says so', () => {
    const lines = text.split('\n');
    const mixed = lines.map((l, i) => l + (i === lines.length - 1 ? '' : ['\r\n', '\n', '\r\n', '\r'][i % 4])).join('');
    const editor = lines.join('\r\n'); // three of four breaks are CR-based: VS Code picks CRLF
    const { doc, err } = analyseBytes(utf8(mixed), editor);
    assert.match(err, /f\.txt mixes line endings; offsets count them as VS Code does, all as CRLF/);
    assert.deepEqual(names(doc), names(plain));
  });

  it('follows VS Code’s line-ending rule exactly', () => {
    assert.equal(normaliseLineEndings('a\nb\nc'), 'a\nb\nc', 'all LF: unchanged');
    assert.equal(normaliseLineEndings('a\r\nb\r\nc'), 'a\r\nb\r\nc', 'all CRLF: unchanged');
    assert.equal(normaliseLineEndings('a\r\nb\nc'), 'a\nb\nc', 'half CR-based is not more than half: LF');
    assert.equal(normaliseLineEndings('a\r\nb\r\nc\nd'), 'a\r\nb\r\nc\r\nd', 'most CR-based: CRLF');
    assert.equal(normaliseLineEndings('a\rb\rc'), 'a\r\nb\r\nc', 'old Mac CRs: CRLF');
    assert.equal(normaliseLineEndings('a\rb\nc\nd'), 'a\nb\nc\nd');
    assert.equal(normaliseLineEndings('one line'), 'one line');
    assert.equal(normaliseLineEndings('\r'), '\r\n');
  });

  it('prints CSV for a document with more rows than a function call takes arguments', () => {
    const mentions = Array.from({ length: 300_000 }, (_, i) => ({ start: i * 5, end: i * 5 + 4, text: 'Abai' }));
    const doc: DocumentJson = { file: 'big.txt', entities: [{ name: 'Abai', type: 'person', aliases: [], mentions }], figures: [], citations: [], sections: [] };
    const csv = formatCsv([doc]);
    assert.equal(csv.trimEnd().split('\n').length, 300_001);
  });

  describe('as the built dist/cli.js on real files', () => {
    let dir: string;
    const cliRun = (...args: string[]) => spawnSync(process.execPath, [cli, 'analyze', ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-bad-'));
      fs.writeFileSync(path.join(dir, 'good.txt'), text);
      fs.writeFileSync(path.join(dir, 'empty.txt'), '');
      fs.writeFileSync(path.join(dir, 'junk.txt'), junk(2000));
      fs.writeFileSync(path.join(dir, 'nul.txt'), new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 8]));
      fs.writeFileSync(path.join(dir, 'latin.txt'), new Uint8Array([...utf8('Dana Ospanova met deputies in Astana.'), 0xe9, 0x0a]));
      fs.writeFileSync(path.join(dir, 'utf16.txt'), utf16(text, 'be', true));
      fs.mkdirSync(path.join(dir, 'folder.txt'));
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('stops quietly when the reader of its output goes away (`| head`)', () => {
      fs.writeFileSync(path.join(dir, 'long.txt'), `${text}\n\n`.repeat(400));
      const result = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${cli}" analyze long.txt | head -c 100 >/dev/null; echo "status $?"`], { cwd: dir, encoding: 'utf8' });
      assert.equal(result.stderr, '', 'no EPIPE stack trace');
    });

    it('exits 1 for a missing file and for a directory, naming each, with no stack trace', () => {
      for (const [name, why] of [['missing.txt', 'no such file'], ['folder.txt', 'it is a directory']]) {
        const result = cliRun(name);
        assert.equal(result.status, 1, name);
        assert.equal(result.stderr, `briefing-lens: cannot read ${name}: ${why}\n`);
        assert.deepEqual(JSON.parse(result.stdout), []);
      }
    });

    it('analyses the good files of a mixed list in order, reports each bad one on its own line, and exits 1', () => {
      const result = cliRun('good.txt', 'missing.txt', 'empty.txt', 'junk.txt', 'folder.txt', 'nul.txt', 'latin.txt', 'utf16.txt');
      assert.equal(result.status, 1);
      const docs = result.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as DocumentJson);
      assert.deepEqual(docs.map((d) => d.file), ['good.txt', 'empty.txt', 'latin.txt', 'utf16.txt']);
      assert.deepEqual(docs[3].entities, docs[0].entities, 'UTF-16 BE reads as UTF-8 does');
      assert.deepEqual(result.stderr.trimEnd().split('\n'), [
        'briefing-lens: cannot read missing.txt: no such file',
        'briefing-lens: cannot analyse junk.txt: it looks like a binary file (many control characters), not a text briefing',
        'briefing-lens: cannot read folder.txt: it is a directory',
        'briefing-lens: cannot analyse nul.txt: it looks like a binary file (it contains NUL bytes), not a text briefing',
        'briefing-lens: warning: latin.txt is not valid UTF-8; invalid bytes were replaced with U+FFFD',
      ]);
    });

    it('exits 0 when every file was analysed, bad encoding included', () => {
      const result = cliRun('--format', 'md', 'good.txt', 'empty.txt', 'latin.txt');
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /# latin\.txt/);
    });

    it('analyses a single 5 MB line', function () {
      this.timeout(60_000);
      fs.writeFileSync(path.join(dir, 'line.txt'), 'Ospanova'.repeat(625_000));
      const result = cliRun('--format', 'csv', 'line.txt');
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stderr, '');
      assert.match(result.stdout, /^file,record,type/);
    });
  });
});
