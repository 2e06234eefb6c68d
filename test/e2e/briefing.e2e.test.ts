// What a person sees: the real workbench opens a sample briefing, shows the language and the counts,
// a hover card on a person, the Entities view (whose mention rows select text in the editor), the
// Outline, and entity colours in the default themes. Each step leaves a screenshot in
// test-results/screenshots/.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from '../runners/codeServer';
import { useWorkbench, type Workbench } from './workbench';

const SAMPLES = path.join(REPO_ROOT, 'samples');
const SAMPLE = 'aralsk-water-dispute.briefing.txt';
/** A surname the sample uses alone and with the first name, and the canonical name it joins. */
const SURNAME = 'Sadvakasov';
const PERSON = 'Yerlan Sadvakasov';
/** One word each that the sample shows as a person, an organization, a place and plain prose. */
const COLOURED = { person: 'Zhumabekov', organization: 'World Bank', place: 'Astana', prose: 'accused' };

describe('Briefing Lens in the real workbench', function () {
  this.timeout(120_000);
  let workbench: Workbench;

  useWorkbench(SAMPLES, (opened) => (workbench = opened));

  it('opens a sample with Quick Open in the Briefing language with entity counts', async () => {
    await workbench.quickOpen(SAMPLE);
    assert.strictEqual(await workbench.waitForStatusBar('status.editor.mode', /Briefing/), 'Briefing');
    // "Briefing Lens: analysing …" while the worker reads it for the first time, then the counts.
    const counts = workbench.page.locator('.part.statusbar .statusbar-item[aria-label*=" people, "][aria-label^="Briefing Lens:"]');
    await counts.waitFor();
    assert.match((await counts.getAttribute('aria-label')) ?? '', /^Briefing Lens: \d+ people, \d+ organizations, \d+ places$/);
    await settledColours(); // for a screenshot that shows the entity colours (asserted further down)
    await workbench.screenshot('01-sample-open');
  });

  it('shows a hover card with the canonical name and type of a person', async () => {
    await workbench.hoverWord(SURNAME);
    const card = await workbench.hoverText(PERSON);
    assert.match(card, /person/i, card);
    await workbench.screenshot('02-hover-person');
    await workbench.page.keyboard.press('Escape');
  });

  it('offers the corrections as quick fixes on a name', async () => {
    // Only looks at the menu: choosing a fix would write a dictionary into the repository's samples/.
    const { x, y } = await workbench.findWord(SURNAME);
    const menu = workbench.page.locator('.action-widget:visible');
    const fix = menu.locator('.monaco-list-row', { hasText: /Mark .* as organization/ }).first();
    // A Ctrl+. that reaches the editor before it has settled after the click opens nothing: ask again.
    for (let attempt = 1; ; attempt++) {
      await workbench.page.mouse.click(x, y);
      await workbench.page.keyboard.press('Control+.');
      try {
        await fix.waitFor({ timeout: 10_000 });
        break;
      } catch (error) {
        if (attempt === 3) throw error;
        await workbench.page.keyboard.press('Escape');
      }
    }
    const items = (await menu.innerText()).split('\n').map((line) => line.trim()).filter(Boolean);
    for (const fix of [/as organization/, /as place/, /is not an entity/, /same as/i, /watchlist/i]) {
      assert.ok(items.some((item) => fix.test(item)), `no ${fix} in ${JSON.stringify(items)}`);
    }
    await workbench.screenshot('03-quick-fixes');
    await workbench.page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
  });

  it('lists People, Organizations and Places in the Entities view', async () => {
    await workbench.openEntitiesView();
    const labels = await workbench.paneRowLabels('Entities');
    for (const group of ['People', 'Organizations', 'Places']) {
      assert.ok(labels.some((label) => new RegExp(`^${group} \\(\\d+\\)`).test(label)), `no "${group} (N)" row in ${JSON.stringify(labels)}`);
    }
    await workbench.screenshot('03-entities-view');
  });

  it('selects a mention in the editor when its row in the Entities view is clicked', async () => {
    const entities = await workbench.openEntitiesView();
    await workbench.expand(entities.locator('.monaco-list-row[aria-level="1"]', { hasText: /^People/ }));
    await workbench.expand(entities.locator('.monaco-list-row[aria-level="2"]', { hasText: PERSON }));
    const mentions = entities.locator('.monaco-list-row[aria-level="3"]', { hasText: SURNAME });
    await mentions.first().waitFor();
    const target = mentions.last();
    const label = (await target.innerText()).replace(/\s+/g, ' ');
    const line = /line (\d+)/.exec(label)?.[1];
    assert.ok(line, `mention row "${label}" has no line number`);
    await target.click();
    const selection = await workbench.waitForStatusBar('status.editor.selection', new RegExp(`^Ln ${line}, Col \\d+ \\(${SURNAME.length} selected\\)`));
    assert.ok(selection.startsWith(`Ln ${line},`), selection);
    await workbench.screenshot('04-mention-selected');
  });

  it('shows the title, sections and paragraphs in the Outline view', async () => {
    await workbench.runCommand('Explorer: Focus on Outline View');
    // Fold the file list so that the Outline gets the height of the side bar.
    await workbench.collapse(workbench.pane('samples').locator('.pane-header'));
    const title = fs.readFileSync(path.join(SAMPLES, SAMPLE), 'utf8').split('\n')[0].trim();
    const outline = workbench.pane('Outline');
    await outline.locator('.monaco-list-row', { hasText: 'Background' }).waitFor();
    const labels = await workbench.paneRowLabels('Outline');
    assert.ok(labels.some((label) => label.startsWith(title.slice(0, 30))), `no title row in ${JSON.stringify(labels)}`);
    assert.ok(labels.some((label) => label.startsWith('Tensions over the')), `no paragraph row in ${JSON.stringify(labels)}`);
    await workbench.screenshot('05-outline');
  });

  it('colours people, organizations and places apart from each other and from prose in the default themes', async () => {
    await workbench.goToTopOfEditor();
    // The default light and dark themes of VS Code 1.139 (code-server 4.139).
    for (const [label, kind, shot] of [['Light 2026', 'vs', '06-colours-light'], ['Dark 2026', 'vs-dark', '07-colours-dark']] as const) {
      await workbench.selectColorTheme(label, kind);
      const colours = await settledColours();
      await workbench.screenshot(shot);
      assert.ok(closestPair(colours) >= MIN_COLOUR_DISTANCE, `${label}: colours too close to tell apart: ${JSON.stringify(colours)}`);
    }
  });

  /** Semantic colours arrive a moment after the text (and after a theme switch): poll until they differ or time runs out. */
  async function settledColours(): Promise<Record<string, string>> {
    const deadline = Date.now() + 10_000;
    let colours = await readColours();
    while (closestPair(colours) < MIN_COLOUR_DISTANCE && Date.now() < deadline) colours = await readColours();
    return colours;
  }

  async function readColours(): Promise<Record<string, string>> {
    const colours: Record<string, string> = {};
    for (const [type, word] of Object.entries(COLOURED)) colours[type] = (await workbench.findWord(word)).color;
    return colours;
  }
});

/** Two text colours closer than this (Euclidean distance in RGB) look the same to a reader. */
const MIN_COLOUR_DISTANCE = 40;

function closestPair(colours: Record<string, string>): number {
  const rgb = Object.values(colours).map((colour) => (colour.match(/\d+/g) ?? []).slice(0, 3).map(Number));
  let closest = Infinity;
  for (let i = 0; i < rgb.length; i++) {
    for (let j = i + 1; j < rgb.length; j++) {
      closest = Math.min(closest, Math.hypot(...rgb[i].map((value, k) => value - rgb[j][k])));
    }
  }
  return closest;
}
