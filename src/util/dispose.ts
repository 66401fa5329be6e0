/**
 * A base for classes that own listeners and other disposables: `_register` collects them and
 * `dispose` releases them all once, the last registered first. A child that throws does not keep
 * the others alive: every child is disposed, then the errors are rethrown together as one
 * AggregateError (as VS Code's Markdown extension does in `disposeAll`).
 */
import type * as vscode from 'vscode';

/** Disposes every item, in order, even when some throw; then throws an AggregateError of what they threw. */
export function disposeAll(disposables: Iterable<vscode.Disposable>): void {
  const errors: unknown[] = [];
  for (const d of disposables) {
    try {
      d.dispose();
    } catch (e) {
      errors.push(e);
    }
  }
  if (errors.length) throw new AggregateError(errors, `${errors.length} of the disposables threw while being disposed`);
}

export abstract class Disposable implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private disposed = false;

  protected _register<T extends vscode.Disposable>(d: T): T {
    if (this.disposed) d.dispose();
    else this.disposables.push(d);
    return d;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    disposeAll(this.disposables.splice(0).reverse());
  }
}
