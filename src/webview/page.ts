/**
 * What every webview script of this extension shares (bundled into each media/*.js): the typed
 * handle on VS Code, element building, and a message listener that lets through only messages
 * its guard accepts. Article and archive text always goes in as text, never as HTML.
 */

export interface VsCodeApi<Out, State> {
  postMessage(message: Out): void;
  getState(): unknown;
  setState(state: State): void;
}

declare function acquireVsCodeApi(): VsCodeApi<unknown, unknown>;

/** The webview's one handle on VS Code (acquireVsCodeApi may be called only once a page). */
export function vscodeApi<Out, State = never>(): VsCodeApi<Out, State> {
  return acquireVsCodeApi() as VsCodeApi<Out, State>;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', parent?: HTMLElement, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  parent?.append(e);
  return e;
}

/** `{0}`, `{1}` … in an already localized template. */
export function fill(template: string, ...args: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : whole));
}

/** Calls `handler` with each message from the extension that `guard` accepts; drops the rest. */
export function onMessage<T>(guard: (m: unknown) => m is T, handler: (m: T) => void): void {
  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (guard(event.data)) handler(event.data);
  });
}
