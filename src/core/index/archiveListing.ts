/**
 * The archive's files under workspace folders, listed through a FileAccess (so the same walk
 * serves the Node build and a web build): folders are walked in name order, excluded folders
 * skipped whole, files kept when the selection includes them. Symbolic links and special files
 * are left out, as `walkArchive` leaves them out for the command line.
 */
import type { FileAccess } from '../files/fileAccess';
import type { FileSelection } from './fileSelection';

export async function listArchive(access: FileAccess, roots: readonly string[], selection: FileSelection): Promise<string[]> {
  const files: string[] = [];
  for (const root of roots) await listFolder(access, root, root, '', selection, files);
  return files;
}

async function listFolder(access: FileAccess, root: string, folder: string, rel: string, selection: FileSelection, files: string[]): Promise<void> {
  let entries;
  try {
    entries = await access.list(folder);
  } catch {
    return; // gone or unreadable: nothing of it is in the archive
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const childRel = rel ? `${rel}/${entry.name}` : entry.name;
    const child = access.join(folder, entry.name);
    if (entry.kind === 'directory') {
      if (!selection.excludesFolder(childRel)) await listFolder(access, root, child, childRel, selection, files);
    } else if (entry.kind === 'file' && selection.includes(childRel)) {
      files.push(child);
    }
  }
}
