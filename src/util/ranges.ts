/** Core offsets to VS Code ranges: the core speaks offsets, only the glue makes Ranges. */
import * as vscode from 'vscode';
import { LineIndex } from '../core/article/lineIndex';

export function toRange(lines: LineIndex, start: number, end: number): vscode.Range {
  const s = lines.positionAt(start);
  const e = lines.positionAt(end);
  return new vscode.Range(s.line, s.character, e.line, e.character);
}
