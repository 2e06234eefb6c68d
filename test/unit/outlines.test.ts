import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { extractSections } from '../../src/core/sections';
import { Outlines } from '../../src/engine/outlines';
import { encodeSections } from '../../src/engine/wire';
import { longBriefing } from './support/longBriefing';

// The bundled outline thread, as the analysis worker starts it (npm test builds it first).
const OUTLINE = path.resolve(__dirname, '../../../dist/outline.js');

describe('the outline thread', function () {
  this.timeout(60_000);
  const text = longBriefing(120_000);
  const expected = encodeSections(extractSections(text));

  it('reads the outline of a long document on a thread of its own, as extractSections does', async () => {
    assert.ok(fs.existsSync(OUTLINE), `${OUTLINE} exists: run npm run build first`);
    const outlines = new Outlines(OUTLINE);
    try {
      const [first, second] = await Promise.all([outlines.read(text), outlines.read(`${text}\n\nOutlook\n\nMore text follows here.`)]);
      assert.equal(outlines.threaded, true, 'the thread answered');
      assert.deepEqual(first, expected);
      assert.deepEqual(second, encodeSections(extractSections(`${text}\n\nOutlook\n\nMore text follows here.`)));
    } finally {
      outlines.dispose();
    }
  });

  it('reads the outline in the calling thread when its thread cannot start or dies', async () => {
    const missing = new Outlines(path.join(__dirname, 'no-such-outline.js'));
    const dying = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-outline-')), 'dying-outline.js');
    fs.writeFileSync(dying, `require('worker_threads').parentPort.on('message', () => process.exit(3));\n`);
    const dies = new Outlines(dying);
    try {
      assert.deepEqual(await missing.read(text), expected);
      assert.deepEqual(await dies.read(text), expected);
      assert.deepEqual(await dies.read(text), expected, 'and goes on without it');
      assert.equal(dies.threaded, false);
    } finally {
      missing.dispose();
      dies.dispose();
    }
  });
});
