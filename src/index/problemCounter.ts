/**
 * Problem counts for the index, made in the background: the rules need the whole article
 * parsed, which costs far more than the index itself, so entries arrive without counts and this
 * fills them in small slices of time, without holding up the extension host.
 */
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { parseArticle } from '../core/article/article';
import { ArchiveConfig } from '../core/config/archiveConfig';
import { IndexEntry, problemCounts, ProblemCounts } from '../core/index/records/indexEntry';
import type { Problem } from '../core/problem';
import { validateArticle } from '../core/rules';
import { entryPath } from '../core/index/records/indexEntry';

/** Work per slice and the pause after it: about a third of one core at most. */
const SLICE_MS = 12;
const PAUSE_MS = 25;

export function countProblems(problems: readonly Problem[], pool?: Map<number, ProblemCounts>): ProblemCounts {
  let errors = 0;
  let warnings = 0;
  for (const p of problems) {
    if (p.severity === 'error') errors++;
    else if (p.severity === 'warning') warnings++;
  }
  return problemCounts(errors, warnings, pool);
}

export class ProblemCounter implements vscode.Disposable {
  private queue: IndexEntry[] = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly pool = new Map<number, ProblemCounts>();
  private disposed = false;

  constructor(
    private readonly configFor: (entry: IndexEntry) => Promise<ArchiveConfig>,
    /** Called once a slice with each entry and its counted copy (entries changed meanwhile are skipped there). */
    private readonly update: (counted: readonly (readonly [IndexEntry, IndexEntry])[]) => void,
  ) {}

  /** Queues entries that have no counts yet. */
  enqueue(entries: Iterable<IndexEntry>): void {
    for (const e of entries) if (!e.problems) this.queue.push(e);
    this.schedule(0);
  }

  clear(): void {
    this.queue = [];
  }

  get pending(): number {
    return this.queue.length;
  }

  private schedule(delay: number): void {
    if (this.timer || this.disposed || this.queue.length === 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.slice();
    }, delay);
  }

  private async slice(): Promise<void> {
    const started = performance.now();
    const counted: [IndexEntry, IndexEntry][] = [];
    while (this.queue.length && performance.now() - started < SLICE_MS) {
      const e = this.queue.pop() as IndexEntry;
      const config = await this.configFor(e);
      let text: string;
      try {
        text = fs.readFileSync(entryPath(e), 'utf8');
      } catch {
        continue;
      }
      const counts = countProblems(validateArticle(parseArticle(text), config), this.pool);
      counted.push([e, { ...e, problems: counts }]);
    }
    if (counted.length && !this.disposed) this.update(counted);
    this.schedule(PAUSE_MS);
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
  }
}
