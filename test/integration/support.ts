// Shared helpers of the integration suites: the extension's API, fixtures in the workspace the
// runner opens (a throwaway copy of test/fixtures/integration), and waiting on conditions or
// events instead of sleeping.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { BriefingLensApi } from '../../src/features/api';

export const EXTENSION_ID = 'briefing-lens.briefing-lens';

export async function extensionApi(): Promise<BriefingLensApi> {
  const extension = vscode.extensions.getExtension<BriefingLensApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded`);
  return extension.activate();
}

export function workspaceUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the runner opens the fixture workspace');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Writes a new file into the workspace, so a test can open a document no other test has seen. */
export async function writeWorkspaceFile(name: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceUri(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

export async function showFixture(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(name));
  return vscode.window.showTextDocument(document);
}

/** Polls `probe` until it returns something other than undefined/false. */
export async function until<T>(what: string, probe: () => T | undefined | false | PromiseLike<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The next firing of `event` that satisfies `accept`. */
export function nextEvent<T>(what: string, event: vscode.Event<T>, accept: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const listener = event((value) => {
      if (!accept(value)) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(value);
    });
  });
}

/** Offset of the `occurrence`-th (0-based) appearance of `needle` in the document. */
export function offsetOf(document: vscode.TextDocument, needle: string, occurrence = 0): number {
  const text = document.getText();
  let at = text.indexOf(needle);
  for (let i = 0; i < occurrence && at >= 0; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `"${needle}" #${occurrence} is in ${document.uri.path}`);
  return at;
}

export function positionOf(document: vscode.TextDocument, needle: string, occurrence = 0, inside = 1): vscode.Position {
  return document.positionAt(offsetOf(document, needle, occurrence) + inside);
}

export function textOf(document: vscode.TextDocument, location: vscode.Location | vscode.Range): string {
  return document.getText(location instanceof vscode.Location ? location.range : location);
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
