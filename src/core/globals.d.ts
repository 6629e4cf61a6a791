// The few host globals the pure core may use. They exist in Node, in VS Code's
// extension hosts (Node and web worker) and in browsers, so declaring them here keeps
// the core free of both `@types/node` and the DOM library.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare function setTimeout(handler: () => void, ms?: number): unknown;
/** Node (and so VS Code's desktop and remote extension hosts) only: check `typeof` first. */
declare const setImmediate: ((handler: () => void) => unknown) | undefined;
declare function clearTimeout(handle: unknown): void;
declare const performance: { now(): number };
