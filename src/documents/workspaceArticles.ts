/** The archive's files in the workspace (per folder: `newsArchive.files` minus `newsArchive.exclude`), read as articles. */
import * as vscode from 'vscode';
import { Article, parseArticle } from '../core/article/article';
import { kindOf } from '../core/article/sniff';
import { readConfig } from '../config/settings';

export async function archiveFiles(token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const uris: vscode.Uri[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const config = readConfig(folder);
    const exclude = config.exclude.length ? `{${config.exclude.join(',')}}` : undefined;
    uris.push(...(await vscode.workspace.findFiles(new vscode.RelativePattern(folder, config.files), exclude, undefined, token)));
  }
  return uris.sort((a, b) => a.toString().localeCompare(b.toString()));
}

export interface ReadArticle {
  uri: vscode.Uri;
  article: Article;
  /** The open document it came from (its version pins what was read), or undefined when read from disk. */
  document: vscode.TextDocument | undefined;
  /** Modification time when read from disk. */
  mtime: number | undefined;
}

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
}

/** Reads a file as an article (from its open editor when there is one); undefined when it is not one. */
export async function readArticle(uri: vscode.Uri): Promise<ReadArticle | undefined> {
  const document = openDocument(uri);
  if (document) {
    const text = document.getText();
    const article = parseArticle(text);
    return kindOf(text, article.frontMatter) === 'other' ? undefined : { uri, article, document, mtime: undefined };
  }
  const stat = await vscode.workspace.fs.stat(uri);
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  const article = parseArticle(text);
  if (kindOf(text, article.frontMatter) === 'other') return undefined;
  return { uri, article, document: undefined, mtime: stat.mtime };
}

/** Whether the file still holds exactly what was read. */
export async function unchangedSinceRead(read: ReadArticle, version: number | undefined): Promise<boolean> {
  const document = openDocument(read.uri);
  if (read.document) return document === read.document && document.version === version;
  if (document) return document.getText() === read.article.text;
  try {
    const stat = await vscode.workspace.fs.stat(read.uri);
    if (stat.mtime !== read.mtime) return false;
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(read.uri)) === read.article.text;
  } catch {
    return false;
  }
}
