/**
 * The two archive-wide rules in the editor, published in their own collection
 * (`newsArchive.hygiene`) because they need the whole archive, not one file. The core makes the
 * problems (rules/archiveProblems.ts: `duplicate-article` on each member of a duplicate group,
 * naming its nearest copies; `vocabulary-variant` on each value spelt unlike the rest of the
 * archive), as `news-archive check` does; this publishes them through the same `toDiagnostic`.
 * Only files with findings are read again.
 */
import * as vscode from 'vscode';
import { parseArticle } from '../core/article/article';
import { DUPLICATE_ARTICLE, VOCABULARY_VARIANT } from '../core/hygiene/hygieneConfig';
import { archiveProblems, flaggedPaths } from '../core/rules/archiveProblems';
import { toDiagnostic } from '../diagnostics/articleDiagnostics';
import { Disposable } from '../util/dispose';
import { HygieneModel, HygieneReport } from './hygieneModel';

export { DUPLICATE_ARTICLE, VOCABULARY_VARIANT };

function displayName(uri: string): string {
  return vscode.workspace.asRelativePath(vscode.Uri.parse(uri), false);
}

export class HygieneDiagnostics extends Disposable {
  readonly collection = this._register(vscode.languages.createDiagnosticCollection('newsArchive.hygiene'));
  private generation = 0;

  constructor(private readonly model: HygieneModel, private readonly extensionUri: vscode.Uri) {
    super();
    this._register(model.onDidChange(() => void this.publish()));
    this._register(vscode.workspace.onDidChangeTextDocument((e) => {
      // Ranges follow the edit; the archive-wide picture is refreshed on save.
      if (e.contentChanges.length && this.collection.has(e.document.uri)) this.publishOne(e.document.uri.toString(), this.model.report(), e.document.getText());
    }));
  }

  /** Re-publishes every file with findings; a newer run makes an older one stop. */
  async publish(): Promise<void> {
    const generation = ++this.generation;
    const report = this.model.report();
    const flagged = flaggedPaths(report, [...report.files].map(([path, f]) => ({ path, record: f.record, sketch: f.sketch })));
    const stale: vscode.Uri[] = [];
    this.collection.forEach((uri) => {
      if (!flagged.has(uri.toString())) stale.push(uri);
    });
    for (const uri of stale) this.collection.delete(uri);
    const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
    for (const key of flagged) {
      if (generation !== this.generation) return;
      let text: string;
      try {
        const document = open.get(key);
        text = document ? document.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(key)));
      } catch {
        continue;
      }
      if (generation !== this.generation) return;
      this.publishOne(key, report, text);
    }
  }

  private publishOne(key: string, report: HygieneReport, text: string): void {
    const article = parseArticle(text);
    const uri = vscode.Uri.parse(key);
    this.collection.set(uri, archiveProblems(article, key, report, displayName).map((p) => toDiagnostic(article, p, this.extensionUri, uri)));
  }
}
