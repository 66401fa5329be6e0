/**
 * Problem badges for articles VS Code has no diagnostics for (files never opened): the index's
 * counts give them the same colours and badge as the Explorer gives a file with problems. Where
 * VS Code has diagnostics, its own decoration speaks and this one stays out of the way.
 */
import * as vscode from 'vscode';
import { counted } from '../util/counts';
import { ArchiveIndexService } from '../index/archiveIndexService';
import { entryPath } from '../core/index/records/indexEntry';
import { Disposable } from '../util/dispose';

export class ProblemDecorations extends Disposable implements vscode.FileDecorationProvider {
  private readonly changed = this._register(new vscode.EventEmitter<vscode.Uri | vscode.Uri[] | undefined>());
  readonly onDidChangeFileDecorations = this.changed.event;

  constructor(private readonly service: ArchiveIndexService) {
    super();
    this._register(service.onDidReset(() => this.changed.fire(undefined)));
    this._register(service.onDidChangeEntries((changes) => {
      const uris: vscode.Uri[] = [];
      for (const c of changes) {
        const e = c.next ?? c.old;
        if (e) uris.push(vscode.Uri.file(entryPath(e)));
      }
      this.changed.fire(uris);
    }));
    this._register(vscode.languages.onDidChangeDiagnostics((e) => this.changed.fire([...e.uris])));
  }

  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    if (uri.scheme !== 'file') return undefined;
    const p = this.service.index.get(uri.fsPath)?.problems;
    if (!p || p.errors + p.warnings === 0) return undefined;
    if (vscode.languages.getDiagnostics(uri).length > 0) return undefined;
    const n = p.errors + p.warnings;
    return new vscode.FileDecoration(
      n > 9 ? '9+' : String(n),
      vscode.l10n.t('{0}, {1} (News Archive)', counted('error', p.errors), counted('warning', p.warnings)),
      new vscode.ThemeColor(p.errors > 0 ? 'list.errorForeground' : 'list.warningForeground'),
    );
  }
}
