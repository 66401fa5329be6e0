/**
 * The filter's body search: reads the articles lazily, when a filter asks for it, rather than
 * keeping their text in the index (bench/bodySearch.bench.ts: on 5,000 posts, reading them all
 * costs a fraction of a second; keeping their text would hold megabytes for every open archive).
 * An open article is searched in its editor's text; files are read a few at a time.
 */
import * as vscode from 'vscode';
import type { FileAccess } from '../core/files/fileAccess';
import { isArchiveUri } from '../util/archiveUris';
import { bodyContains } from '../core/tree/bodyText';
import { entryPath, IndexEntry } from '../core/index/records/indexEntry';

const PARALLEL = 8;

/** The paths of the entries whose body contains `needle` (folded); undefined when cancelled. */
export async function searchBodies(access: FileAccess, entries: readonly IndexEntry[], needle: string, token: vscode.CancellationToken): Promise<Set<string> | undefined> {
  const open = new Map(vscode.workspace.textDocuments.filter((d) => isArchiveUri(d.uri)).map((d) => [d.uri.fsPath, d]));
  const found = new Set<string>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < entries.length && !token.isCancellationRequested) {
      const file = entryPath(entries[next++]);
      let text: string;
      try {
        text = open.get(file)?.getText() ?? new TextDecoder().decode(await access.readFile(file));
      } catch {
        continue; // gone since it was indexed: the watcher will drop it
      }
      if (bodyContains(text, needle)) found.add(file);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return token.isCancellationRequested ? undefined : found;
}
