/**
 * The two archive-wide rules, published in their own collection (`newsArchive.hygiene`) because
 * they need the whole archive, not one file: `duplicate-article` on each member of a duplicate
 * group, pointing at the others, and `vocabulary-variant` on each category, tag or author value
 * spelt differently from the rest of the archive. Only files with findings are read again.
 */
import * as vscode from 'vscode';
import { counted } from '../util/counts';
import { Article, parseArticle } from '../core/article/article';
import type { DuplicateGroup, DuplicateLookup, DuplicateReason } from '../core/hygiene/duplicates';
import { DUPLICATE_ARTICLE, VOCABULARY_VARIANT } from '../core/hygiene/hygieneConfig';
import type { Severity } from '../core/problem';
import { RENAMABLE_FIELDS, valueOccurrences } from '../core/hygiene/frontMatterValues';
import type { VariantAdvice } from '../core/hygiene/vocabulary';
import { frontMatterDocument } from '../core/article/yamlDocument';
import { ruleDocs } from '../diagnostics/articleDiagnostics';
import { diagnosticSource } from '../util/displayLocale';
import { readConfig } from '../config/settings';
import { Disposable } from '../util/dispose';
import { toRange } from '../util/ranges';
import { HygieneModel, HygieneReport } from './hygieneModel';

export { DUPLICATE_ARTICLE, VOCABULARY_VARIANT };

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

function pairText(reason: DuplicateReason, other: string, similarity: number): string {
  switch (reason) {
    case 'exact':
      return vscode.l10n.t('the same text as {0}', other);
    case 'similar':
      return vscode.l10n.t('nearly the same text as {0} ({1}% alike)', other, Math.round(similarity * 100));
    case 'title':
      return vscode.l10n.t('the same title as {0}', other);
  }
}

function displayName(uri: string): string {
  return vscode.workspace.asRelativePath(vscode.Uri.parse(uri), false);
}

/** Copies named in a diagnostic's related information; the rest are counted ("and N more"). */
export const RELATED_COPIES = 5;

/** `duplicate-article` for one member: on its title (or its first line), naming its nearest copies. */
export function duplicateDiagnostic(article: Article, uri: string, group: DuplicateGroup, lookup: DuplicateLookup, extensionUri: vscode.Uri, configured?: Severity): vscode.Diagnostic {
  const title = article.frontMatter ? frontMatterDocument(article).get('title') : undefined;
  const span = title ? title.valueSpan ?? title.keySpan : { start: article.bodyStart, end: article.bodyStart };
  const direct = lookup.pairsOf(uri);
  const strongest = direct.length ? direct[0].reason : group.reason;
  const first = direct[0];
  const part = first ? pairText(first.reason, displayName(first.a === uri ? first.b : first.a), first.similarity) : '';
  const message = vscode.l10n.t(
    'Duplicate article: {0}, one of {1} copies; compare them with "News Archive: Compare Duplicates" and delete or merge the extra copies.',
    part,
    group.members.length,
  );
  const severity = configured ? SEVERITY[configured] : strongest === 'title' ? vscode.DiagnosticSeverity.Information : vscode.DiagnosticSeverity.Warning;
  const d = new vscode.Diagnostic(toRange(article.lines, span.start, span.end), message, severity);
  d.source = diagnosticSource();
  d.code = { value: DUPLICATE_ARTICLE, target: ruleDocs(extensionUri, DUPLICATE_ARTICLE) };
  const nearest = lookup.nearest(uri, RELATED_COPIES);
  d.relatedInformation = nearest.map((c) => new vscode.DiagnosticRelatedInformation(new vscode.Location(vscode.Uri.parse(c.path), new vscode.Position(0, 0)), vscode.l10n.t('Duplicate: {0}', displayName(c.path))));
  const more = group.members.length - 1 - nearest.length;
  if (more > 0) {
    d.relatedInformation.push(new vscode.DiagnosticRelatedInformation(
      new vscode.Location(vscode.Uri.parse(uri), toRange(article.lines, span.start, span.end)),
      vscode.l10n.t('… and {0}: the Quick Fix "Show all copies in the Duplicates view" lists them', counted('moreCopy', more)),
    ));
  }
  return d;
}

/** One message per field and reason, so each is translated whole. */
function variantMessage(field: (typeof RENAMABLE_FIELDS)[number], value: string, advice: VariantAdvice): string {
  const t = vscode.l10n.t;
  if (advice.reason === 'variant') {
    const n = advice.preferredCount;
    switch (field) {
      case 'categories':
        return t('Category "{0}" is spelt "{1}" in {2}: use one spelling so they group together.', value, advice.preferred, counted('otherArticle', n));
      case 'tags':
        return t('Tag "{0}" is spelt "{1}" in {2}: use one spelling so they group together.', value, advice.preferred, counted('otherArticle', n));
      case 'author':
        return t('Author "{0}" is spelt "{1}" in {2}: use one spelling so they group together.', value, advice.preferred, counted('otherArticle', n));
    }
  }
  switch (field) {
    case 'categories':
      return t('Category "{0}" mixes traditional and simplified characters: "{1}" is consistent.', value, advice.preferred);
    case 'tags':
      return t('Tag "{0}" mixes traditional and simplified characters: "{1}" is consistent.', value, advice.preferred);
    case 'author':
      return t('Author "{0}" mixes traditional and simplified characters: "{1}" is consistent.', value, advice.preferred);
  }
}

/** `vocabulary-variant` on every value of the article spelt unlike the rest of the archive. */
export function variantDiagnostics(article: Article, report: Pick<HygieneReport, 'variants'>, extensionUri: vscode.Uri, severity: Severity = 'info'): vscode.Diagnostic[] {
  const found: vscode.Diagnostic[] = [];
  for (const field of RENAMABLE_FIELDS) {
    const variants = report.variants[field];
    if (variants.size === 0) continue;
    for (const o of valueOccurrences(article, field)) {
      const advice: VariantAdvice | undefined = variants.get(o.value);
      if (!advice) continue;
      const message = variantMessage(field, o.value, advice);
      const d = new vscode.Diagnostic(toRange(article.lines, o.start, o.end), message, SEVERITY[severity]);
      d.source = diagnosticSource();
      d.code = { value: VOCABULARY_VARIANT, target: ruleDocs(extensionUri, VOCABULARY_VARIANT) };
      found.push(d);
    }
  }
  return found;
}

/** Whether the file at `key` has archive-wide findings under the settings' severities. */
function isFlagged(report: HygieneReport, settings: HygieneModel['settings'], key: string): boolean {
  if (settings.duplicates.severity !== 'off' && report.lookup.groupOf(key)) return true;
  const r = settings.vocabulary.severity === 'off' ? undefined : report.files.get(key)?.record;
  return r !== undefined && (r.categories.some((v) => report.variants.categories.has(v)) || r.tags.some((v) => report.variants.tags.has(v)) ||
    (r.author !== null && report.variants.author.has(r.author)));
}

/**
 * The Problems panel gets the open files' findings and, of the others, as many files as
 * `newsArchive.validate.problemsLimit` allows problems: a scraper's cluster of 1,800 copies
 * flags every copy, and 50,000 files' diagnostics, each file read and parsed for them on this
 * thread, swamped the panel and crashed the workbench (issues 18, 19). A file opened later
 * gets its findings when it opens; the rest are in the Duplicates view and the dashboard.
 */
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
    this._register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (this.model.started && e.affectsConfiguration('newsArchive.validate.problemsLimit')) void this.publish();
    }));
    this._register(vscode.workspace.onDidOpenTextDocument((d) => {
      const key = d.uri.toString();
      if (!this.model.started || this.collection.has(d.uri) || !this.model.file(d.uri)) return;
      const report = this.model.report();
      if (isFlagged(report, this.model.settings, key)) this.publishOne(key, report, d.getText());
    }));
  }

  /** Re-publishes the open files with findings and a capped set of the others; a newer run makes an older one stop. */
  async publish(): Promise<void> {
    const generation = ++this.generation;
    const report = this.model.report();
    const settings = this.model.settings;
    const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
    const flagged: string[] = [];
    for (const key of open.keys()) if (isFlagged(report, settings, key)) flagged.push(key);
    const openFlagged = flagged.length;
    const candidates = new Set<string>(settings.duplicates.severity === 'off' ? [] : report.lookup.paths());
    if (settings.vocabulary.severity !== 'off') for (const key of report.files.keys()) if (isFlagged(report, settings, key)) candidates.add(key);
    for (const key of candidates) if (!open.has(key)) flagged.push(key);
    let room = readConfig().validateProblemsLimit;
    const published = new Set<string>();
    for (const [i, key] of flagged.entries()) {
      if (i >= openFlagged && room <= 0) break;
      if (generation !== this.generation) return;
      let text: string;
      try {
        const document = open.get(key);
        text = document ? document.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(key)));
      } catch {
        continue;
      }
      if (generation !== this.generation) return;
      const shown = this.publishOne(key, report, text);
      published.add(key);
      if (i >= openFlagged) room -= shown;
    }
    const stale: vscode.Uri[] = [];
    this.collection.forEach((uri) => {
      if (!published.has(uri.toString())) stale.push(uri);
    });
    for (const uri of stale) this.collection.delete(uri);
  }

  /** Publishes one file's findings; returns how many. */
  private publishOne(key: string, report: HygieneReport, text: string): number {
    const article = parseArticle(text);
    const { duplicates, vocabulary } = this.model.settings;
    const group = duplicates.severity === 'off' ? undefined : report.lookup.groupOf(key);
    const diagnostics = vocabulary.severity === 'off' ? [] : variantDiagnostics(article, report, this.extensionUri, vocabulary.severity);
    if (group) diagnostics.unshift(duplicateDiagnostic(article, key, group, report.lookup, this.extensionUri, duplicates.severity === 'off' ? undefined : duplicates.severity));
    this.collection.set(vscode.Uri.parse(key), diagnostics);
    return diagnostics.length;
  }
}
