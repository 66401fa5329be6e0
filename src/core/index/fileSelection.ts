/**
 * Which files belong to the archive: those matching the `files` glob and no `exclude` glob,
 * both relative to the archive root. The defaults match the `newsArchive.files` and
 * `newsArchive.exclude` settings.
 */
import picomatch from 'picomatch';

export const DEFAULT_FILES_GLOB = '**/*.{md,markdown,txt,html}';
export const DEFAULT_EXCLUDE_GLOBS = [
  '**/node_modules/**',
  '**/.git/**',
  '**/.hg/**',
  '**/.svn/**',
  '**/.vscode-test/**',
  '**/dist/**',
  '**/out/**',
  '**/public/**',
];

export interface FileSelection {
  /** Whether a path relative to the root (with `/` separators) is an archive file. */
  includes(relativePath: string): boolean;
  /** Whether a folder relative to the root can be skipped whole. */
  excludesFolder(relativePath: string): boolean;
}

export function fileSelection(files = DEFAULT_FILES_GLOB, exclude: readonly string[] = DEFAULT_EXCLUDE_GLOBS): FileSelection {
  const opts = { dot: true };
  const isIncluded = picomatch(files, opts);
  const isExcluded = exclude.length ? picomatch([...exclude], opts) : () => false;
  return {
    includes: (p) => isIncluded(p) && !isExcluded(p),
    // A folder is skipped when anything inside it would be excluded.
    excludesFolder: (p) => isExcluded(p + '/') || isExcluded(p + '/x'),
  };
}
