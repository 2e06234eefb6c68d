import * as vscode from 'vscode';
// STUB — owned by the editor work.
export function activate(_context: vscode.ExtensionContext): void {}
export function deactivate(): void {}
