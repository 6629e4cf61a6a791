import type * as vscode from 'vscode';

/** The next event that satisfies `predicate`; rejects after `timeoutMs` so nothing waits forever. */
export function nextEvent<T>(event: vscode.Event<T>, predicate: (e: T) => boolean = () => true, timeoutMs = 10_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms`));
    }, timeoutMs);
    const sub = event((e) => {
      if (!predicate(e)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(e);
    });
  });
}
