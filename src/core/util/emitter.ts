/** A minimal event emitter, shaped like VS Code's `Event` so the extension can adapt it 1:1. */
export interface Disposable {
  dispose(): void;
}

export type Listener<T> = (event: T) => void;
export type Event<T> = (listener: Listener<T>) => Disposable;

export class Emitter<T> {
  private readonly listeners = new Set<Listener<T>>();

  readonly event: Event<T> = (listener) => {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  };

  fire(event: T): void {
    for (const l of [...this.listeners]) l(event);
  }

  dispose(): void {
    this.listeners.clear();
  }
}
