// Index ranges (line/character quadruples) as editor locations.
import * as vscode from 'vscode';
import type { LineRange } from '../../workspace/summary';

export function rangeFrom([startLine, startCharacter, endLine, endCharacter]: LineRange): vscode.Range {
  return new vscode.Range(startLine, startCharacter, endLine, endCharacter);
}

export function locationIn(uri: string, range: LineRange): vscode.Location {
  return new vscode.Location(vscode.Uri.parse(uri), rangeFrom(range));
}
