/**
 * One PATH folder's files as git knows them, in place of walking it (`check --cache` in a git
 * checkout): the tracked files with their blob ids from the index file itself (./gitIndex.ts: no
 * read, no stat of ours, no listing piped through), `git ls-files --others --directory` for the
 * untracked files and folders (ignored ones included, as the walk includes them), and
 * `git diff-files` for the tracked files changed since they were staged. Every git is a fork of
 * this process (a cost that grows with its memory), so there are four, all run at once.
 * Untracked folders, nested repositories and submodules are walked as the walk would walk them.
 * The files come out named, selected and ordered as walking the folder gives them, each with its
 * blob id when git vouches for its content; the others (changed, untracked, marked
 * assume-unchanged, skip-worktree or intent-to-add, in a merge conflict) are read and hashed. An
 * index the reader cannot vouch for (a split or sparse index, say) leaves the folder to the walk.
 *
 * What the run depends on is kept as bytes: a digest of the folder's index entries (never their
 * stat data), git's two outputs, and, with the hashes of the files read, they determine every file
 * of the listing and its key, so a run can tell that nothing changed from one hash of them,
 * without decoding a path (./repeatedRun.ts).
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { errorCode, specialKind } from '../core/files/fileSnapshot';
import type { SkippedPath } from '../core/index/archiveWalk';
import { walkSubfolder } from '../core/index/archiveWalk';
import type { FileSelection } from '../core/index/fileSelection';
import { GitIndex, isPlainFile } from './gitIndex';
import { conversionOf, CONVERSION_QUERY, gitBlobKey, repositoryOf, WHERE_QUERY } from './gitRepository';

function git(args: string[], cwd: string): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024 }, (error, stdout) => resolve(error ? undefined : stdout));
  });
}

/** A file of the listing: its key from git (`git:<conversion>:<blob>`), or none when it must be read. */
export interface ListedFile {
  path: string;
  gitKey?: string;
}

export class GitListing {
  private listed?: { files: ListedFile[]; skipped: SkippedPath[] };
  private extras?: { files: ListedFile[]; skipped: SkippedPath[] };
  private readonly excludedFolders = new Map<string, boolean>();
  private digest?: string;
  private changedSet?: Set<string>;

  private constructor(
    /** The PATH argument, as given. */
    readonly input: string,
    /** The folder's place in the repository (`''` for its top), with `/`. */
    private readonly prefix: string,
    private readonly conversion: string,
    private readonly index: GitIndex,
    private readonly others: Buffer,
    private readonly changed: Buffer,
    private readonly selection: FileSelection,
  ) {}

  /**
   * The listing of `input` when it is a folder inside a git work tree (not inside `.git`) and
   * git answers; undefined otherwise (the caller walks the folder).
   */
  static async of(input: string, selection: FileSelection): Promise<GitListing | undefined> {
    let folder: string;
    try {
      if (!fs.statSync(input).isDirectory()) return undefined;
      folder = fs.realpathSync(input);
    } catch {
      return undefined;
    }
    // Each git is a fork of this process, which costs in proportion to its memory: as few as
    // can be, and all four at once, run in the folder itself (git finds the same repository from
    // it, `--full-name` names the files from its top as from there), so that none waits for the
    // top that another one answers. The index is read as soon as git says where it is.
    const spec = [':(literal).'];
    // The longest (diff-files stats every tracked file) starts first.
    const changedOut = git(['diff-files', '--name-only', '-z', '--', ...spec], folder);
    const othersOut = git(['ls-files', '--others', '--directory', '-z', '--full-name', '--', ...spec], folder);
    const where = git(WHERE_QUERY, folder);
    const [changed, others, repository, settings] = await Promise.all([
      changedOut,
      othersOut,
      where.then((out) => out && repositoryOf(folder, out.toString('utf8'))),
      git(CONVERSION_QUERY, folder),
    ]);
    if (!repository || !others || !changed) return undefined;
    const rel = path.relative(repository.top, folder);
    if (rel.startsWith('..') || path.isAbsolute(rel) || rel.split(path.sep)[0] === '.git') return undefined;
    const prefix = rel.split(path.sep).join('/');
    return new GitListing(input, prefix, conversionOf(repository.top, settings?.toString('utf8') ?? ''), repository.index, others, changed, selection);
  }

  /** What the listing depends on, as bytes: with the extra files' contents, they determine the whole listing. */
  get raw(): Buffer[] {
    this.digest ??= this.index.digestUnder(this.prefix);
    return [Buffer.from(`${this.prefix}\0${this.conversion}\0${this.digest}\0\0`), this.others, Buffer.from('\0\0'), this.changed];
  }

  /** The path of a file by its path in the repository, as the walk of `input` names it. */
  private named(full: string): { rel: string; file: string } {
    const rel = this.prefix ? full.slice(this.prefix.length + 1) : full;
    return { rel, file: path.join(this.input, rel) };
  }

  private selected(rel: string): boolean {
    // The walk does not enter an excluded folder: neither does the listing.
    return this.selection.includes(rel) && !this.excludedOnTheWay(rel);
  }

  /** Adds a path git reports but cannot vouch for: a file to read, a folder to walk, or nothing. */
  private addUnvouched(full: string, into: { files: ListedFile[]; skipped: SkippedPath[] }): void {
    const { rel, file } = this.named(full.endsWith('/') ? full.slice(0, -1) : full);
    if (rel.startsWith('..')) return;
    // The folder itself is untracked or ignored (git names it, not its files): all of it is walked.
    if (rel === '') return this.walkInto(rel, into);
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(file);
    } catch (e) {
      if (errorCode(e) !== 'ENOENT') into.skipped.push({ path: file, code: errorCode(e) });
      return; // deleted since it was staged
    }
    if (stat.isSymbolicLink()) return;
    if (stat.isDirectory()) {
      if (this.selection.excludesFolder(rel) || this.excludedOnTheWay(rel)) return;
      return this.walkInto(rel, into);
    }
    if (!this.selected(rel)) return;
    const special = specialKind(stat);
    if (special) into.skipped.push({ path: file, code: 'special', special });
    else into.files.push({ path: file });
  }

  /** The files of the folder `rel` (from `input`), as the walk finds them. */
  private walkInto(rel: string, into: { files: ListedFile[]; skipped: SkippedPath[] }): void {
    const walked = walkSubfolder(this.input, rel, this.selection);
    for (const f of walked.files) into.files.push({ path: f });
    into.skipped.push(...walked.skipped);
  }

  /** Whether a folder above `rel` is excluded (the walk never enters it). */
  private excludedOnTheWay(rel: string): boolean {
    for (let at = rel.indexOf('/'); at >= 0; at = rel.indexOf('/', at + 1)) {
      const folder = rel.slice(0, at);
      let excluded = this.excludedFolders.get(folder);
      if (excluded === undefined) {
        excluded = this.selection.excludesFolder(folder);
        this.excludedFolders.set(folder, excluded);
      }
      if (excluded) return true;
    }
    return false;
  }

  /**
   * The files git cannot vouch for (changed, untracked, in untracked folders or submodules, in
   * a conflict, marked assume-unchanged or skip-worktree): each must be read. Found without
   * decoding the paths of the clean tracked files.
   */
  unvouched(): { files: ListedFile[]; skipped: SkippedPath[] } {
    if (this.extras) return this.extras;
    const into = { files: [] as ListedFile[], skipped: [] as SkippedPath[] };
    const seen = new Set<string>();
    const add = (full: string) => {
      if (seen.has(full)) return;
      seen.add(full);
      this.addUnvouched(full, into);
    };
    for (const full of this.changedPaths()) add(full);
    for (const entry of this.index.notPlainUnder(this.prefix)) add(entry.path);
    for (const full of this.others.toString('utf8').split('\0')) if (full) add(full);
    this.extras = into;
    return into;
  }

  /** The tracked files changed since they were staged (or deleted), from the top, as git names them. */
  private changedPaths(): Set<string> {
    this.changedSet ??= new Set(this.changed.toString('utf8').split('\0').filter(Boolean));
    return this.changedSet;
  }

  /** Every file of the folder in the walk's order, each with its key from git where git vouches for it. */
  files(): { files: ListedFile[]; skipped: SkippedPath[] } {
    if (this.listed) return this.listed;
    const extra = this.unvouched();
    const changed = this.changedPaths();
    const files: ListedFile[] = [...extra.files];
    for (const entry of this.index.entriesUnder(this.prefix)) {
      if (!isPlainFile(entry) || changed.has(entry.path)) continue;
      const { rel, file } = this.named(entry.path);
      if (this.selected(rel)) files.push({ path: file, gitKey: gitBlobKey(this.conversion, entry.blob) });
    }
    this.listed = { files: inWalkOrder(files), skipped: extra.skipped };
    return this.listed;
  }
}

/**
 * The walk's order: each folder's entries sorted by name (UTF-16 code units), a folder's files
 * where its name sorts. That is the order of the paths with `/` read as a character below any
 * in a name.
 */
function inWalkOrder(files: ListedFile[]): ListedFile[] {
  const keyed = files.map((f) => ({ f, k: f.path.split(path.sep).join('\0') }));
  let sorted = true;
  for (let i = 1; i < keyed.length && sorted; i++) sorted = keyed[i - 1].k < keyed[i].k;
  if (!sorted) keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  return keyed.map((x) => x.f);
}
