/**
 * Which files' problems go to a capped list (the editor's Problems panel slows past a few
 * thousand): files are kept whole, those with an error first, then those whose worst is a
 * warning, then info, then hints, each group in the order the files came, while the total stays
 * within the cap. Files are offered one at a time, so an archive's worth of problems is never
 * held at once: what no longer fits is dropped as it is pushed out.
 */
import type { Severity } from './problem';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

export interface CappedFile<T> {
  key: string;
  /** How many problems it has. */
  count: number;
  value: T;
}

export class ProblemCap<T> {
  private readonly groups: CappedFile<T>[][] = [[], [], [], []];
  private kept = 0;
  private offered = 0;

  constructor(readonly cap: number) {}

  /** Offers a file's problems; `worst` is the most severe among them. */
  add(key: string, worst: Severity, count: number, value: T): void {
    if (count === 0) return;
    this.offered += count;
    this.groups[RANK[worst]].push({ key, count, value });
    this.kept += count;
    // Push out the least severe, latest files until the rest fit.
    for (let g = this.groups.length - 1; g >= 0 && this.kept > this.cap; g--) {
      const group = this.groups[g];
      while (group.length && this.kept > this.cap) this.kept -= (group.pop() as CappedFile<T>).count;
    }
  }

  /** The kept files, most severe group first. */
  files(): CappedFile<T>[] {
    return this.groups.flat();
  }

  /** Problems kept. */
  get shown(): number {
    return this.kept;
  }

  /** Problems offered but not kept. */
  get hidden(): number {
    return this.offered - this.kept;
  }
}
