/**
 * One PATH folder's files as git lists them, in place of walking it (`check --cache` in a git
 * checkout): one `git ls-files -s -t --others --directory` gives every tracked file with its
 * blob id (no read, no stat of ours) and the untracked files and folders (ignored ones included,
 * as the walk includes them), `git diff-files` the tracked files changed since they were staged.
 * Every git is a fork of this process (a cost that grows with its memory), so there are four,
 * all run at once. Untracked folders, nested repositories and submodules are walked as the walk
 * would walk them. The files come out named, selected and ordered as walking the folder gives
 * them, each with its blob id when git vouches for its content; the others (changed, untracked,
 * marked assume-unchanged or skip-worktree, in a merge conflict) are read and hashed.
 *
 * Git's outputs are kept as bytes: together with the hashes of the files read they determine
 * every file of the listing and its key, so a run can tell that nothing changed from one hash of
 * them, without decoding a path (./cachedCheck.ts).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { errorCode, specialKind } from '../core/files/fileSnapshot';
import type { SkippedPath } from '../core/index/archiveWalk';
import { walkSubfolder } from '../core/index/archiveWalk';
import type { FileSelection } from '../core/index/fileSelection';

function git(args: string[], cwd: string): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024 }, (error, stdout) => resolve(error ? undefined : stdout));
  });
}

/**
 * The line-ending conversion git applies on checkout (the working bytes of a blob depend on it),
 * from the repository's settings (`git config` run anywhere in it) and its top's .gitattributes.
 */
function conversionOf(top: string, settings: string): string {
  let attributes = '';
  try {
    attributes = fs.readFileSync(path.join(top, '.gitattributes'), 'utf8');
  } catch {
    // none
  }
  return createHash('sha256').update(`${settings.trim()}\0${attributes}`).digest('hex').slice(0, 12);
}

/** `ls-files -t` tags an untracked file or folder `? `. */
const OTHER_TAG = 0x3f;

/** `ls-files -s -t -o` output split: the tracked records, and the untracked paths (NUL-separated, as `ls-files -o` gives them). */
function splitOthers(listed: Buffer): { tracked: Buffer; others: Buffer } {
  // Git lists the untracked paths first; find where they end without decoding a path.
  let at = 0;
  while (at < listed.length && listed[at] === OTHER_TAG && listed[at + 1] === 0x20) {
    const end = listed.indexOf(NUL, at);
    at = end < 0 ? listed.length : end + 1;
  }
  const head = listed.subarray(0, at);
  const tracked = listed.subarray(at);
  // Any untracked record after a tracked one (a git that orders them otherwise) is moved out too.
  if (!tracked.includes(Buffer.from('\0? '))) return { tracked, others: stripTags(head) };
  const keep: Buffer[] = [];
  const others: Buffer[] = [head];
  for (let i = 0; i < tracked.length;) {
    const end = tracked.indexOf(NUL, i);
    const stop = end < 0 ? tracked.length : end + 1;
    (tracked[i] === OTHER_TAG && tracked[i + 1] === 0x20 ? others : keep).push(tracked.subarray(i, stop));
    i = stop;
  }
  return { tracked: Buffer.concat(keep), others: stripTags(Buffer.concat(others)) };
}

/** `? path\0…` → `path\0…`. */
function stripTags(records: Buffer): Buffer {
  const paths: Buffer[] = [];
  for (let i = 0; i < records.length;) {
    const end = records.indexOf(NUL, i);
    const stop = end < 0 ? records.length : end + 1;
    paths.push(records.subarray(i + 2, stop));
    i = stop;
  }
  return Buffer.concat(paths);
}

const TAB = 0x09;
const NUL = 0;
const CLEAN_TAG = 0x48; // 'H': tracked, not assume-unchanged, not skip-worktree

/** A file of the listing: its key from git (`git:<conversion>:<blob>`), or none when it must be read. */
export interface ListedFile {
  path: string;
  gitKey?: string;
}

export class GitListing {
  private listed?: { files: ListedFile[]; skipped: SkippedPath[] };
  private extras?: { files: ListedFile[]; skipped: SkippedPath[] };
  private readonly excludedFolders = new Map<string, boolean>();

  private constructor(
    /** The PATH argument, as given. */
    readonly input: string,
    /** The folder's place in the repository (`''` for its top), with `/`. */
    private readonly prefix: string,
    private readonly conversion: string,
    private readonly tracked: Buffer,
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
    // top that another one answers.
    const spec = [':(literal).'];
    // One ls-files lists the tracked files with their blob ids and the untracked ones (`? `).
    const [topOut, settings, listed, changed] = await Promise.all([
      git(['rev-parse', '--show-toplevel'], folder),
      git(['config', '--get-regexp', '^core\\.(autocrlf|eol)$'], folder),
      git(['ls-files', '-s', '-t', '--others', '--directory', '-z', '--full-name', '--', ...spec], folder),
      git(['diff-files', '--name-only', '-z', '--', ...spec], folder),
    ]);
    const top = topOut?.toString('utf8').trim();
    if (!top) return undefined;
    const rel = path.relative(top, folder);
    if (rel.startsWith('..') || path.isAbsolute(rel) || rel.split(path.sep)[0] === '.git') return undefined;
    const prefix = rel.split(path.sep).join('/');
    if (!listed || !changed) return undefined;
    const { tracked, others } = splitOthers(listed);
    return new GitListing(input, prefix, conversionOf(top, settings?.toString('utf8') ?? ''), tracked, others, changed, selection);
  }

  /** Git's outputs as bytes: with the extra files' contents, they determine the whole listing. */
  get raw(): Buffer[] {
    return [Buffer.from(`${this.prefix}\0${this.conversion}\0`), this.tracked, Buffer.from('\0\0'), this.others, Buffer.from('\0\0'), this.changed];
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
    if (rel === '' || rel.startsWith('..')) return;
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
      const walked = walkSubfolder(this.input, rel, this.selection);
      for (const f of walked.files) into.files.push({ path: f });
      into.skipped.push(...walked.skipped);
      return;
    }
    if (!this.selected(rel)) return;
    const special = specialKind(stat);
    if (special) into.skipped.push({ path: file, code: 'special', special });
    else into.files.push({ path: file });
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
    const changed = new Set(this.changed.toString('utf8').split('\0').filter(Boolean));
    for (const full of changed) add(full);
    const t = this.tracked;
    for (let at = 0; at < t.length;) {
      const end = t.indexOf(NUL, at);
      const stop = end < 0 ? t.length : end;
      if (this.clean(at, stop) < 0) {
        const tab = t.indexOf(TAB, at);
        if (tab >= 0 && tab < stop) add(t.toString('utf8', tab + 1, stop));
      }
      at = stop + 1;
    }
    for (const full of this.others.toString('utf8').split('\0')) if (full) add(full);
    this.extras = into;
    return into;
  }

  /**
   * Where the path starts when the record `tracked[at, stop)` is a regular file git vouches
   * for (`H 100644 <blob> 0\t<path>`, the blob 40 or 64 hex digits); -1 otherwise.
   */
  private clean(at: number, stop: number): number {
    const t = this.tracked;
    // "H 1006" then "44 " or "55 ": a regular file, executable or not.
    if (t[at] !== CLEAN_TAG || t[at + 1] !== 0x20 || t[at + 2] !== 0x31 || t[at + 3] !== 0x30 || t[at + 4] !== 0x30 || t[at + 5] !== 0x36) return -1;
    const mode = (t[at + 6] << 8) | t[at + 7];
    if ((mode !== 0x3434 && mode !== 0x3735) || t[at + 8] !== 0x20) return -1;
    for (const digits of [40, 64]) {
      const s = at + 9 + digits;
      if (s + 3 <= stop && t[s] === 0x20 && t[s + 1] === 0x30 && t[s + 2] === TAB) return s + 3; // stage 0
    }
    return -1;
  }

  /** Every file of the folder in the walk's order, each with its key from git where git vouches for it. */
  files(): { files: ListedFile[]; skipped: SkippedPath[] } {
    if (this.listed) return this.listed;
    const extra = this.unvouched();
    const changed = new Set(this.changed.toString('utf8').split('\0').filter(Boolean));
    const files: ListedFile[] = [...extra.files];
    const t = this.tracked;
    for (let at = 0; at < t.length;) {
      const end = t.indexOf(NUL, at);
      const stop = end < 0 ? t.length : end;
      const start = this.clean(at, stop);
      if (start >= 0) {
        const full = t.toString('utf8', start, stop);
        if (!changed.has(full)) {
          const { rel, file } = this.named(full);
          if (this.selected(rel)) files.push({ path: file, gitKey: `git:${this.conversion}:${t.toString('latin1', at + 9, start - 3)}` });
        }
      }
      at = stop + 1;
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
