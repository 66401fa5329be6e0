/**
 * The host tests' questions to a preview's page ("what does a reader see?"), each answered by a
 * `described` message carrying the question's id. A page that does not answer in 10 s, or is
 * closed, answers undefined.
 */
import type * as vscode from 'vscode';
import type { RenderedState } from './messages';

const TIMEOUT_MS = 10_000;

export class PageDescriptions implements vscode.Disposable {
  private next = 1;
  private readonly waiting = new Map<number, (state: RenderedState | undefined) => void>();

  /** Sends a question through `post` and resolves with the page's answer. */
  ask(post: (id: number) => void): Promise<RenderedState | undefined> {
    const id = this.next++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.answer(id, undefined), TIMEOUT_MS);
      this.waiting.set(id, (state) => {
        clearTimeout(timer);
        this.waiting.delete(id);
        resolve(state);
      });
      post(id);
    });
  }

  answer(id: number, state: RenderedState | undefined): void {
    this.waiting.get(id)?.(state);
  }

  dispose(): void {
    for (const id of [...this.waiting.keys()]) this.answer(id, undefined);
  }
}
