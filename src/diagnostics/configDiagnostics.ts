/**
 * The problems of `.newsarchive.json` as diagnostics on the file itself, at the key or value at
 * fault, in VS Code's display language: what the configuration service read from disk, and,
 * while the file is open, what its text says as it is typed (the disk's version applies until
 * it is saved, but the squiggles follow the editor). A folder in the file's place carries its
 * diagnostic on the folder.
 */
import * as vscode from 'vscode';
import { ArchiveConfigs, ConfigReading } from '../config/archiveConfigs';
import { readArchiveConfig } from '../core/archiveSettings';
import { LineIndex } from '../core/article/lineIndex';
import { ARCHIVE_CONFIG_FILE, ConfigProblem } from '../core/config/archiveConfig';
import { configText } from '../core/config/configMessages';
import type { Locale } from '../core/locale';
import { Disposable } from '../util/dispose';
import { diagnosticSource, displayLocale } from '../util/displayLocale';

const isConfigDocument = (doc: vscode.TextDocument) => doc.uri.path.endsWith(`/${ARCHIVE_CONFIG_FILE}`) && doc.uri.scheme !== 'git';

export function configDiagnostic(lines: LineIndex, p: ConfigProblem, locale: Locale): vscode.Diagnostic {
  const { start, end } = lines.rangeOf(p.start, p.end);
  const d = new vscode.Diagnostic(
    new vscode.Range(start.line, start.character, end.line, end.character),
    configText(p.messageId, p.args, locale),
    p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
  );
  d.source = diagnosticSource();
  d.code = p.messageId;
  return d;
}

export class ConfigDiagnostics extends Disposable {
  readonly collection = this._register(vscode.languages.createDiagnosticCollection('newsArchive.config'));
  /** What each file on disk last read as, for when its editor closes. */
  private readonly fromDisk = new Map<string, ConfigReading>();

  constructor(configs: ArchiveConfigs) {
    super();
    this._register(configs.onDidRead((reading) => {
      this.fromDisk.set(reading.uri.toString(), reading);
      if (!this.openDocument(reading.uri)) this.show(reading.uri, reading.text, reading.problems);
    }));
    this._register(vscode.workspace.onDidOpenTextDocument((doc) => this.fromEditor(doc)));
    this._register(vscode.workspace.onDidChangeTextDocument((e) => this.fromEditor(e.document)));
    this._register(vscode.workspace.onDidCloseTextDocument((doc) => {
      if (!isConfigDocument(doc)) return;
      const reading = this.fromDisk.get(doc.uri.toString());
      if (reading) this.show(reading.uri, reading.text, reading.problems);
      else this.collection.delete(doc.uri);
    }));
    for (const doc of vscode.workspace.textDocuments) this.fromEditor(doc);
  }

  private openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  }

  private fromEditor(doc: vscode.TextDocument): void {
    if (!isConfigDocument(doc)) return;
    const text = doc.getText();
    this.show(doc.uri, text, readArchiveConfig(text).problems);
  }

  private show(uri: vscode.Uri, text: string, problems: readonly ConfigProblem[]): void {
    const lines = new LineIndex(text);
    const locale = displayLocale();
    this.collection.set(uri, problems.map((p) => configDiagnostic(lines, p, locale)));
  }
}
