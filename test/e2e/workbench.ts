// The real VS Code workbench (code-server) in Chromium with Briefing Lens loaded from this
// repository, plus the few gestures the end-to-end checks need: Quick Open, the command palette,
// hovering a word, reading tree rows and status-bar items, and screenshots.
import * as fs from 'fs';
import * as path from 'path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium, remoteUri, workbenchUrl } from '../runners/browser';
import { CodeServer, REPO_ROOT, startCodeServer, stopOnSignals } from '../runners/codeServer';

export const SCREENSHOTS = path.join(REPO_ROOT, 'test-results', 'screenshots');

export const ACTIVITY_ITEM = '.part.activitybar .action-label[aria-label^="Briefing Lens"]';

// Functions passed to page.evaluate run in the browser. The project compiles without lib "dom" (so
// src/core cannot lean on it by accident); the few DOM members used here are declared for this file.
interface PageText { readonly textContent: string | null; readonly parentElement: PageText | null }
interface PageRect { left: number; top: number; width: number; height: number }
declare function getComputedStyle(element: PageText): { color: string };
declare const document: {
  getElementById(id: string): { innerText: string } | null;
  querySelector(selector: string): PageText | null;
  createTreeWalker(root: PageText, whatToShow: number): { nextNode(): PageText | null };
  createRange(): { setStart(node: PageText, at: number): void; setEnd(node: PageText, at: number): void; getBoundingClientRect(): PageRect };
};
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT

export class Workbench {
  private constructor(
    readonly page: Page,
    private readonly context: BrowserContext,
    private readonly server: CodeServer,
  ) {}

  /**
   * Opens `folder` with Briefing Lens loaded either from this repository as development extension,
   * or installed from a packaged .vsix the way a user installs it; waits until its activity-bar item shows.
   */
  static async open(folder: string, extension: { vsix?: string } = {}): Promise<Workbench> {
    const server = await startCodeServer(
      extension.vsix
        ? { label: 'e2e-packaged', install: [extension.vsix] }
        : // The smoke-test driver lets the web workbench honour extensionDevelopmentPath from the URL.
          { label: 'e2e', extraArgs: ['--vscode-option', 'enable-smoke-test-driver'] },
    );
    let context: BrowserContext | undefined;
    const close = async () => {
      await context?.close().catch(() => undefined);
      await server.stop();
    };
    stopOnSignals(close);
    try {
      context = await launchChromium(server);
      const page = context.pages()[0] ?? (await context.newPage());
      page.setDefaultTimeout(30_000);
      const payload: Array<[string, string]> = extension.vsix
        ? [['skipWelcome', 'true']]
        : [['extensionDevelopmentPath', remoteUri(server, REPO_ROOT)], ['skipWelcome', 'true']];
      await page.goto(workbenchUrl(server, folder, payload));
      await page.locator('.monaco-workbench').waitFor();
      // Before the extension's own activity-bar item appears the workbench is still half-styled.
      await page.locator(ACTIVITY_ITEM).waitFor({ timeout: 60_000 });
      return new Workbench(page, context, server);
    } catch (error) {
      await close();
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => undefined);
    await this.server.stop();
  }

  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const file = path.join(SCREENSHOTS, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Control+P, type the file name, pick the matching entry, wait for its editor tab. */
  async quickOpen(fileName: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(fileName);
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor();
    await this.page.keyboard.press('Enter');
    await this.page.locator(`.tabs-container .tab[aria-label^="${fileName}"]`).waitFor();
    await this.page.locator('.editor-instance .monaco-editor .view-lines').waitFor();
  }

  /** Runs a command by its palette title, e.g. "Explorer: Focus on Outline View". */
  async runCommand(title: string): Promise<void> {
    await this.openCommand(title);
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /** Clicks the palette entry titled exactly `title` (Enter would take whichever entry ranks first). */
  private async openCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    await this.page.locator('.quick-input-widget input').fill(`>${title}`);
    await this.pickListEntry(title);
  }

  private async pickListEntry(label: string): Promise<void> {
    await this.page.locator('.quick-input-list .monaco-list-row').getByText(label, { exact: true }).first().click();
  }

  async statusBarText(id: string): Promise<string> {
    const item = this.page.locator(`[id="${id}"]`);
    await item.waitFor();
    return (await item.innerText()).trim();
  }

  /** Waits until a status-bar item's text matches, and returns it. */
  async waitForStatusBar(id: string, pattern: RegExp): Promise<string> {
    await this.page.waitForFunction(
      ({ id, source, flags }) => new RegExp(source, flags).test(document.getElementById(id)?.innerText ?? ''),
      { id, source: pattern.source, flags: pattern.flags },
    );
    return this.statusBarText(id);
  }

  /** Where the first visible occurrence of `word` in the active editor is drawn, and in which colour. */
  async findWord(word: string): Promise<{ x: number; y: number; color: string }> {
    const found = await this.page.evaluate(({ needle, showText }) => {
      const lines = document.querySelector('.editor-instance .monaco-editor .view-lines');
      if (!lines) return undefined;
      const walker = document.createTreeWalker(lines, showText);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // Monaco draws spaces as no-break spaces; the replacement keeps offsets.
        const at = node.textContent?.replace(/\u00a0/g, ' ').indexOf(needle) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        const box = range.getBoundingClientRect();
        const color = node.parentElement ? getComputedStyle(node.parentElement).color : '';
        return { x: box.left + box.width / 2, y: box.top + box.height / 2, color };
      }
      return undefined;
    }, { needle: word, showText: SHOW_TEXT });
    if (!found) throw new Error(`"${word}" is not visible in the editor`);
    return found;
  }

  /** Puts the cursor at the start of the active editor, scrolling it back to the top. */
  async goToTopOfEditor(): Promise<void> {
    await this.runCommand('View: Focus Active Editor Group');
    await this.page.keyboard.press('Control+Home');
    await this.waitForStatusBar('status.editor.selection', /^Ln 1, Col 1$/);
  }

  async hoverWord(word: string): Promise<void> {
    const { x, y } = await this.findWord(word);
    await this.page.mouse.move(x, y);
  }

  /** Picks a colour theme in "Preferences: Color Theme" and waits until the workbench wears it. */
  async selectColorTheme(label: string, kind: 'vs' | 'vs-dark'): Promise<void> {
    await this.openCommand('Preferences: Color Theme');
    await this.pickListEntry(label);
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await this.page.locator(`.monaco-workbench.${kind}`).waitFor();
  }

  /** The text of the hover widget once it holds `expected` (there are two; one stays empty). */
  async hoverText(expected: string): Promise<string> {
    const hover = this.page.locator('.monaco-hover:visible', { hasText: expected }).first();
    await hover.waitFor();
    return (await hover.innerText()).trim();
  }

  /** Shows the Entities view via its activity-bar item; a second click would hide the side bar. */
  async openEntitiesView(): Promise<Locator> {
    const view = this.pane('Entities');
    if (!(await view.isVisible())) await this.page.locator(ACTIVITY_ITEM).click();
    await view.locator('.monaco-list-row').first().waitFor();
    return view;
  }

  /** Labels of the rows shown in a side-bar pane, e.g. the Entities or Outline view. */
  async paneRowLabels(paneTitle: string): Promise<string[]> {
    const rows = this.pane(paneTitle).locator('.monaco-list-row');
    await rows.first().waitFor();
    return rows.evaluateAll((elements) => elements.map((e) => (e as unknown as { innerText: string }).innerText.replace(/\s+/g, ' ').trim()));
  }

  /** A side-bar pane (header plus body) by the title shown in its header. */
  pane(paneTitle: string): Locator {
    return this.page.locator('.part.sidebar .pane', {
      has: this.page.locator('.pane-header', { hasText: new RegExp(`^\\s*${paneTitle}`, 'i') }),
    });
  }

  /** Expands a collapsed tree row or pane header (no-op when already open). */
  async expand(row: Locator): Promise<void> {
    await this.toggleTo(row, true);
  }

  async collapse(row: Locator): Promise<void> {
    await this.toggleTo(row, false);
  }

  private async toggleTo(row: Locator, expanded: boolean): Promise<void> {
    if ((await row.getAttribute('aria-expanded')) === String(expanded)) return;
    // A row with a command runs it on click; only its twistie toggles it. Pane headers have none.
    const twistie = row.locator('.monaco-tl-twistie');
    await ((await twistie.count()) > 0 ? twistie : row).click();
    await this.page.waitForFunction(
      ({ element, wanted }) => element.getAttribute('aria-expanded') === wanted,
      { element: await row.elementHandle(), wanted: String(expanded) },
    );
  }
}

/**
 * One workbench on `folder` for the suite it is called in: opened before its tests, closed after
 * them, and a screenshot of every failed test. `opened` receives it.
 */
export function useWorkbench(folder: string, opened: (workbench: Workbench) => void): void {
  let workbench: Workbench | undefined;
  before(async () => {
    workbench = await Workbench.open(folder);
    opened(workbench);
  });
  after(async () => {
    await workbench?.close();
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && workbench) {
      const name = `failed-${this.currentTest.title.replace(/\W+/g, '-')}`;
      console.log(`    screenshot: ${await workbench.screenshot(name)}`);
    }
  });
}
