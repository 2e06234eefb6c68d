// The Entities view's Workspace mode as a reader sees it: the Command Palette switches the view to
// the entities of every briefing in the samples folder, each entity row expands to the briefing that
// mentions it, and the title-bar button brings back the current briefing's entities. Its own
// workbench, so no other suite's state (or order) matters.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Locator } from 'playwright-core';
import { REPO_ROOT } from '../runners/codeServer';
import { useWorkbench, type Workbench } from './workbench';

const SAMPLES = path.join(REPO_ROOT, 'samples');
/** Every file in samples/ is a briefing (one a plain .txt that only content detection recognises). */
const SAMPLE_COUNT = fs.readdirSync(SAMPLES).length;
const OPEN_SAMPLE = 'aralsk-water-dispute.briefing.txt';
/** A person each sample names, and no other sample does. */
const PERSON_IN: Record<string, string> = {
  'aralsk-water-dispute.briefing.txt': 'Yerlan Sadvakasov',
  'caspian-pipeline-tender.briefing.txt': 'Ruslan Mammadov',
  'mountain-border-incident.txt': 'Erlan Abdyldaev',
};

const TO_WORKSPACE = 'Show Entities of All Briefings';
const TO_DOCUMENT = 'Show Entities of Current Briefing';

describe('the Entities view of all briefings in the real workbench', function () {
  this.timeout(120_000);
  let workbench: Workbench;

  useWorkbench(SAMPLES, (opened) => (workbench = opened));

  it('lists the entities of every sample with the briefing that mentions each, then returns to the current briefing', async () => {
    await workbench.quickOpen(OPEN_SAMPLE);
    const entities = await workbench.openEntitiesView();
    // The title-bar button has the palette entry's condition: once it shows, the palette offers the command.
    await titleAction(TO_WORKSPACE).waitFor();
    await workbench.runCommand(`Briefing: ${TO_WORKSPACE}`);
    await titleAction(TO_DOCUMENT).waitFor();
    await indexFinished(entities);
    // With the view's own header hidden, the side bar's title and the view's message say the mode.
    assert.match((await sidebarTitle().textContent()) ?? '', /Entities of All Briefings/i);
    assert.strictEqual((await entities.locator('.pane-body .message').innerText()).trim(), `Entities of all ${SAMPLE_COUNT} briefings.`);

    const files: string[] = [];
    for (const [file, person] of Object.entries(PERSON_IN)) {
      const row = entityRow(entities, person);
      // The rows are drawn again a moment after the mode and the index change.
      await workbench.page.waitForFunction(
        (label) => /^\d+ briefings?, /.test(label?.textContent?.trim() ?? ''),
        await row.locator('.label-description').elementHandle(),
        { timeout: 30_000 },
      );
      const summary = /^1 briefing, (\d+) mentions?\b/.exec(await description(row));
      assert.ok(summary, `"${person}": "${await description(row)}" does not say in how many briefings`);
      await workbench.expand(row);
      // A workspace entity's children are the briefings that mention it: here the one row right below
      // (it arrives from the extension host a moment after the row opens).
      const below = Number(await row.getAttribute('data-index')) + 1;
      const child = entities.locator(`.monaco-list-row[data-index="${below}"][aria-level="3"]`);
      await child.waitFor();
      const name = (await child.locator('.label-name').innerText()).trim();
      assert.strictEqual(name, file, `"${person}" is listed under ${name}`);
      assert.strictEqual(await description(child), `${summary[1]} mention${summary[1] === '1' ? '' : 's'}`, `mentions of "${person}" in ${file}`);
      files.push(name);
    }
    assert.strictEqual(new Set(files).size, SAMPLE_COUNT, `briefings named under the entities: ${JSON.stringify(files)}`);
    await workbench.screenshot('09-workspace-entities');

    await titleAction(TO_DOCUMENT).click();
    await titleAction(TO_WORKSPACE).waitFor();
    await workbench.page.waitForFunction(
      (title) => /Entities/i.test(title?.textContent ?? '') && !/All Briefings/i.test(title?.textContent ?? ''),
      await sidebarTitle().elementHandle(),
    );
    await workbench.page.waitForFunction(
      ({ header, file }) => header?.textContent?.trim() === file,
      { header: await entities.locator('.pane-header .description').elementHandle(), file: OPEN_SAMPLE },
    );
    // Document rows count mentions in the open briefing only; the other samples' people are gone.
    await entityRow(entities, PERSON_IN['caspian-pipeline-tender.briefing.txt']).waitFor({ state: 'detached' });
    assert.match(await description(entityRow(entities, PERSON_IN[OPEN_SAMPLE])), /^(?!\d+ briefing).*\d+ mentions?$/);
  });

  function sidebarTitle(): Locator {
    return workbench.page.locator('.part.sidebar .composite.title .title-label');
  }

  function titleAction(label: string): Locator {
    return workbench.page.locator(`.part.sidebar .composite.title .action-label[aria-label="${label}"]`);
  }

  /**
   * The view's description names how many briefings it shows (in the hidden header of a view alone in
   * its container), and its message says "Indexing briefings…" until the index is built.
   */
  async function indexFinished(view: Locator): Promise<void> {
    const header = view.locator('.pane-header .description');
    const message = view.locator('.pane-body .message');
    await workbench.page
      .waitForFunction(
        ({ header, message, count }) =>
          header?.textContent?.trim() === `All briefings (${count})` && !(message?.textContent ?? '').includes('Indexing'),
        { header: await header.elementHandle(), message: await message.elementHandle(), count: SAMPLE_COUNT },
        { timeout: 60_000 },
      )
      .catch(async (error: Error) => {
        throw new Error(`index of ${SAMPLE_COUNT} briefings not shown: "${await header.textContent()}" / "${await message.textContent()}" (${error.message})`);
      });
  }
});

function entityRow(view: Locator, name: string): Locator {
  return view.locator(`.monaco-list-row[aria-level="2"][aria-label^="${name} "]`);
}

async function description(row: Locator): Promise<string> {
  return (await row.locator('.label-description').innerText()).trim();
}
