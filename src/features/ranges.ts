// Engine spans (UTF-16 offsets) as editor ranges.
import * as vscode from 'vscode';

export interface OffsetSpan {
  start: number;
  end: number;
}

export function rangeOf(document: vscode.TextDocument, span: OffsetSpan): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

export function locationOf(document: vscode.TextDocument, span: OffsetSpan): vscode.Location {
  return new vscode.Location(document.uri, rangeOf(document, span));
}
