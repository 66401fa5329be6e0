/** Hygiene's words for its data: why two articles are duplicates, which field a value belongs to. */
import * as vscode from 'vscode';
import type { DuplicateReason } from '../core/hygiene/duplicates';
import type { VocabularyField } from '../core/hygiene/vocabulary';

export function duplicateReasonLabel(reason: DuplicateReason): string {
  switch (reason) {
    case 'exact':
      return vscode.l10n.t('same text');
    case 'similar':
      return vscode.l10n.t('similar text');
    case 'title':
      return vscode.l10n.t('same title');
  }
}

export function vocabularyFieldLabel(field: VocabularyField): string {
  switch (field) {
    case 'categories':
      return vscode.l10n.t('Category');
    case 'tags':
      return vscode.l10n.t('Tag');
    case 'author':
      return vscode.l10n.t('Author');
    case 'source':
      return vscode.l10n.t('Source');
  }
}

/** The field as a word inside a sentence ("Rename category "金融""), where the label would be capitalised. */
export function vocabularyFieldWord(field: VocabularyField): string {
  switch (field) {
    case 'categories':
      return vscode.l10n.t('category');
    case 'tags':
      return vscode.l10n.t('tag');
    case 'author':
      return vscode.l10n.t('author');
    case 'source':
      return vscode.l10n.t('source');
  }
}
