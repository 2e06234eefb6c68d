import { strict as assert } from 'assert';
import { Turns } from '../../src/features/turns';

describe('turns of the event loop', () => {
  it('lets one piece of work go per turn, in the order asked, with other events in between', async () => {
    const turns = new Turns();
    const log: string[] = [];
    const pieces = [1, 2, 3].map((n) => turns.next().then(() => {
      log.push(`piece ${n}`);
      // Something else that arrives meanwhile (a message, say) runs before the next piece.
      setImmediate(() => log.push(`event after ${n}`));
    }));
    await Promise.all(pieces);
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(log, ['piece 1', 'event after 1', 'piece 2', 'event after 2', 'piece 3', 'event after 3']);
  });

  it('lets every waiting piece go when disposed', async () => {
    const turns = new Turns();
    const waiting = [turns.next(), turns.next()];
    turns.dispose();
    await Promise.all(waiting);
  });
});
