import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/types';
import { buildIndex, indexFile, type IndexSources } from '../../src/workspace/build';
import type { IndexEntry } from '../../src/workspace/entry';

const BRIEFING = [
  'HARBOUR TALKS RESUME IN KLAIPEDA',
  '',
  'Publication: Baltic Freight Review Issue: 12',
  '',
  'Transport Minister Jonas Vaitkus met port managers in Klaipeda on Monday. Vaitkus said the talks would continue.',
  '',
].join('\n');
const NOT_A_BRIEFING = 'todo: water the plants\nbuy stamps\n';
const encode = (text: string) => new TextEncoder().encode(text);

interface FakeFile {
  bytes: Uint8Array;
  mtime: number;
}

/** An in-memory file system that counts what the builder asks of it. */
class FakeFiles implements IndexSources {
  readonly files = new Map<string, FakeFile>();
  readonly reads: string[] = [];
  readonly headReads: string[] = [];
  readonly analysed: string[] = [];
  inFlight = 0;
  maxInFlight = 0;
  failReads = new Set<string>();

  put(uri: string, content: string | Uint8Array, mtime = 1): this {
    this.files.set(uri, { bytes: typeof content === 'string' ? encode(content) : content, mtime });
    return this;
  }

  async stat(uri: string) {
    const file = this.files.get(uri);
    if (!file) throw new Error(`${uri} not found`);
    return { mtime: file.mtime, size: file.bytes.length };
  }

  async read(uri: string) {
    this.reads.push(uri);
    if (this.failReads.has(uri)) throw new Error('permission denied');
    return this.files.get(uri)!.bytes;
  }

  async readHead(uri: string, bytes: number) {
    this.headReads.push(uri);
    return this.files.get(uri)!.bytes.subarray(0, bytes);
  }

  analyse = async (text: string): Promise<Analysis> => {
    this.analysed.push(text.slice(0, 20));
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    await new Promise((resolve) => setImmediate(resolve));
    this.inFlight--;
    return analyze(text);
  };
}

const kindOf = (entries: IndexEntry[], uri: string) => {
  const entry = entries.find((e) => e.uri === uri);
  return entry && (entry.kind === 'briefing' ? 'briefing' : entry.reason);
};

describe('workspace index: building', () => {
  it('indexes named briefings, and plain files only when their opening reads like a briefing', async () => {
    const fs = new FakeFiles()
      .put('/w/a.briefing.txt', BRIEFING)
      .put('/w/b.briefing', BRIEFING)
      .put('/w/wire.txt', BRIEFING)
      .put('/w/todo.txt', NOT_A_BRIEFING)
      .put('/w/notes.briefing.txt', NOT_A_BRIEFING);
    const result = await buildIndex({ ...fs, stat: fs.stat.bind(fs), read: fs.read.bind(fs), readHead: fs.readHead.bind(fs), analyse: fs.analyse, files: [...fs.files.keys()] });
    assert.deepEqual(
      result.entries.map((e) => [e.uri, kindOf(result.entries, e.uri)]),
      [
        ['/w/a.briefing.txt', 'briefing'],
        ['/w/b.briefing', 'briefing'],
        ['/w/wire.txt', 'briefing'],
        ['/w/todo.txt', 'not a briefing'],
        // Its name says briefing: the reader's naming wins over the heuristic.
        ['/w/notes.briefing.txt', 'briefing'],
      ],
    );
    assert.equal(result.analysed, 4);
    const wire = result.entries.find((e) => e.uri === '/w/wire.txt');
    assert.ok(wire?.kind === 'briefing');
    const vaitkus = wire.summary.entities.find((e) => e.name === 'Jonas Vaitkus');
    assert.deepEqual(vaitkus?.mentions, [[4, 19, 4, 32], [4, 74, 4, 81]]);
  });

  it('reuses entries whose file stamp is unchanged without reading them, and re-reads changed ones', async () => {
    const fs = new FakeFiles().put('/w/a.briefing.txt', BRIEFING, 1).put('/w/b.briefing.txt', BRIEFING, 1).put('/w/c.txt', NOT_A_BRIEFING, 1);
    const sources = { stat: fs.stat.bind(fs), read: fs.read.bind(fs), analyse: fs.analyse };
    const first = await buildIndex({ ...sources, files: [...fs.files.keys()] });
    fs.reads.length = 0;
    fs.put('/w/b.briefing.txt', BRIEFING.replace('Monday', 'Tuesday'), 2);
    const second = await buildIndex({ ...sources, files: [...fs.files.keys()], previous: new Map(first.entries.map((e) => [e.uri, e])) });
    assert.deepEqual(fs.reads, ['/w/b.briefing.txt'], 'only the changed file is read; the non-briefing is not sniffed again');
    assert.equal(second.analysed, 1);
    assert.equal(second.reused, 2);
    assert.equal(second.entries.find((e) => e.uri === '/w/b.briefing.txt')?.stamp.mtime, 2);
  });

  it('sniffs a large plain file from its first bytes and never reads the rest of a non-briefing', async () => {
    const big = NOT_A_BRIEFING + 'x'.repeat(200_000);
    const fs = new FakeFiles().put('/w/log.txt', big).put('/w/report.txt', BRIEFING + '\nMore text.\n'.repeat(10_000));
    // What the engine makes of a long text does not matter here.
    const analyse = async (): Promise<Analysis> => ({ entities: [], figures: [], citations: [], sections: [], sentences: [] });
    const result = await buildIndex({ stat: fs.stat.bind(fs), read: fs.read.bind(fs), readHead: fs.readHead.bind(fs), analyse, files: ['/w/log.txt', '/w/report.txt'] });
    assert.deepEqual(fs.headReads, ['/w/log.txt', '/w/report.txt']);
    assert.deepEqual(fs.reads, ['/w/report.txt']);
    assert.equal(kindOf(result.entries, '/w/log.txt'), 'not a briefing');
    assert.equal(kindOf(result.entries, '/w/report.txt'), 'briefing');
  });

  it('skips files over maxDocumentSize (huge ones unread), binary files, and decodes UTF-16 with a byte-order mark', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...BRIEFING].map((c) => c.charCodeAt(0))).buffer)]);
    const fs = new FakeFiles()
      .put('/w/huge.briefing.txt', 'a'.repeat(400))
      .put('/w/long.briefing.txt', 'é'.repeat(120))
      .put('/w/junk.briefing.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]))
      .put('/w/utf16.briefing.txt', utf16);
    const result = await buildIndex({ stat: fs.stat.bind(fs), read: fs.read.bind(fs), analyse: fs.analyse, files: [...fs.files.keys()], maxDocumentSize: 100 });
    assert.equal(kindOf(result.entries, '/w/huge.briefing.txt'), 'too large');
    assert.ok(!fs.reads.includes('/w/huge.briefing.txt'), 'over 3 bytes a character: too large without reading');
    // 240 bytes, but 120 characters: read, then found too long.
    assert.equal(kindOf(result.entries, '/w/long.briefing.txt'), 'too large');
    assert.equal(kindOf(result.entries, '/w/junk.briefing.txt'), 'binary');
    assert.equal(kindOf(result.entries, '/w/utf16.briefing.txt'), 'too large', 'UTF-16 decoded to characters before the length check');
    const roomy = await buildIndex({ stat: fs.stat.bind(fs), read: fs.read.bind(fs), analyse: fs.analyse, files: ['/w/utf16.briefing.txt'], maxDocumentSize: 1000 });
    const entry = roomy.entries[0];
    assert.ok(entry?.kind === 'briefing');
    assert.ok(entry.summary.entities.some((e) => e.name === 'Jonas Vaitkus'));
  });

  it('reports a file that cannot be read or analysed, indexes the others, and caches no entry for it', async () => {
    const fs = new FakeFiles().put('/w/a.briefing.txt', BRIEFING).put('/w/locked.briefing.txt', BRIEFING).put('/w/c.briefing.txt', BRIEFING);
    fs.failReads.add('/w/locked.briefing.txt');
    const result = await buildIndex({ stat: fs.stat.bind(fs), read: fs.read.bind(fs), analyse: fs.analyse, files: [...fs.files.keys(), '/w/gone.briefing.txt'] });
    assert.deepEqual(result.entries.map((e) => e.uri), ['/w/a.briefing.txt', '/w/c.briefing.txt']);
    assert.deepEqual(result.failed.map((f) => f.uri).sort(), ['/w/gone.briefing.txt', '/w/locked.briefing.txt']);
    const broken = await indexFile('/w/a.briefing.txt', { ...fs, stat: fs.stat.bind(fs), read: fs.read.bind(fs), analyse: () => Promise.reject(new Error('engine crashed')) }).catch((e: Error) => e.message);
    assert.equal(broken, 'engine crashed');
  });

  it('keeps at most `concurrency` files in flight and reports progress for every file', async () => {
    const fs = new FakeFiles();
    for (let i = 0; i < 30; i++) fs.put(`/w/${i}.briefing.txt`, BRIEFING);
    const progress: number[] = [];
    const result = await buildIndex({ stat: fs.stat.bind(fs), read: fs.read.bind(fs), analyse: fs.analyse, files: [...fs.files.keys()], concurrency: 3, onProgress: ({ done }) => progress.push(done) });
    assert.equal(result.analysed, 30);
    assert.equal(fs.maxInFlight, 3);
    assert.deepEqual(progress, Array.from({ length: 30 }, (_, i) => i + 1));
  });

  it('starts no new file once cancelled, and says it was cancelled', async () => {
    const fs = new FakeFiles();
    for (let i = 0; i < 20; i++) fs.put(`/w/${i}.briefing.txt`, BRIEFING);
    const token = { isCancellationRequested: false };
    const seen: string[] = [];
    const result = await buildIndex({
      stat: fs.stat.bind(fs),
      read: fs.read.bind(fs),
      analyse: fs.analyse,
      files: [...fs.files.keys()],
      concurrency: 2,
      token,
      onEntry: (entry) => {
        seen.push(entry.uri);
        if (seen.length === 5) token.isCancellationRequested = true;
      },
    });
    assert.ok(result.cancelled);
    assert.ok(result.entries.length >= 5 && result.entries.length <= 6, `${result.entries.length} entries`);
    assert.equal(fs.analysed.length, result.entries.length);
  });
});
