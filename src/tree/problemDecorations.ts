/**
 * Problem badges for every article as soon as the index has counted its problems, the
 * archive-wide rules' included (duplicate-article, vocabulary-variant, once their findings are
 * known): the same colours and badge as the Explorer gives a file with problems. Where the
 * per-file rules' diagnostics are published (an open file, or after Validate Archive), VS Code's
 * own decoration speaks and this one stays out of the way. Only those count: the archive-wide
 * rules publish diagnostics on files never opened, and stepping aside for them left such files
 * without a badge until Validate Archive ran (issue 14).
 */
import * as vscode from 'vscode';
import { counted } from '../util/counts';
import { ArchiveIndexService } from '../index/archiveIndexService';
import { entryPath } from '../core/index/records/indexEntry';
import { entryCounts } from '../core/index/archiveWideCounts';
import { ARCHIVE_RULES } from '../core/rules/archiveProblems';
import { ruleIdOf } from '../diagnostics/articleDiagnostics';
import { Disposable } from '../util/dispose';
import { isArchiveUri, uriOfPath } from '../util/archiveUris';

const ARCHIVE_RULE_IDS = new Set(ARCHIVE_RULES.map((r) => r.id));

/** A diagnostic of the archive-wide rules (published by hygiene): the index counts it already. */
function isArchiveRule(d: vscode.Diagnostic): boolean {
  const rule = ruleIdOf(d);
  return rule !== undefined && ARCHIVE_RULE_IDS.has(rule);
}

/** Changes in one event above which every decoration is refreshed rather than each file's. */
const BULK_CHANGES = 500;

export class ProblemDecorations extends Disposable implements vscode.FileDecorationProvider {
  private readonly changed = this._register(new vscode.EventEmitter<vscode.Uri | vscode.Uri[] | undefined>());
  readonly onDidChangeFileDecorations = this.changed.event;

  constructor(
    private readonly service: ArchiveIndexService,
    /** Whether the per-file rules' diagnostics of this file are published. */
    private readonly published: (uri: vscode.Uri) => boolean,
  ) {
    super();
    this._register(service.onDidReset(() => this.changed.fire(undefined)));
    this._register(service.onDidChangeEntries((changes) => {
      // Thousands at once (the archive-wide counts of a cluster of copies): "every decoration"
      // has VS Code ask again for the files it shows, where 50,000 URIs made and sent were
      // garbage on the extension host's thread after every run of the findings (issue 18).
      if (changes.length > BULK_CHANGES) {
        this.changed.fire(undefined);
        return;
      }
      const uris: vscode.Uri[] = [];
      for (const c of changes) {
        const e = c.next ?? c.old;
        if (e) uris.push(uriOfPath(entryPath(e)));
      }
      this.changed.fire(uris);
    }));
    this._register(vscode.languages.onDidChangeDiagnostics((e) => this.changed.fire([...e.uris])));
  }

  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    if (!isArchiveUri(uri)) return undefined;
    const e = this.service.index.get(uri.fsPath);
    const p = e && entryCounts(e, this.service.archiveCounts);
    if (!p || this.published(uri)) return undefined;
    // What VS Code will count once the file's diagnostics are published: the index's counts
    // (which hold the archive-wide rules' too) and the errors and warnings of other tools.
    let errors = p.errors;
    let warnings = p.warnings;
    for (const d of vscode.languages.getDiagnostics(uri)) {
      if (isArchiveRule(d)) continue;
      if (d.severity === vscode.DiagnosticSeverity.Error) errors++;
      else if (d.severity === vscode.DiagnosticSeverity.Warning) warnings++;
    }
    const n = errors + warnings;
    if (n === 0) return undefined;
    return new vscode.FileDecoration(
      n > 9 ? '9+' : String(n),
      vscode.l10n.t('{0}, {1} (News Archive)', counted('error', errors), counted('warning', warnings)),
      new vscode.ThemeColor(errors > 0 ? 'list.errorForeground' : 'list.warningForeground'),
    );
  }
}
