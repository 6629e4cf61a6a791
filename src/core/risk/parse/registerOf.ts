import type { RiskRegister } from '../model';

/** What a parser found in a register, handed to {@link RegisterOf}. */
export type RegisterParts = Omit<RiskRegister, 'kind'>;

// The class has the register's members (it copies them all from a complete RegisterParts).
export interface RegisterOf extends RiskRegister {}

/**
 * A parsed register. A class rather than an object literal, because the index keeps it
 * and replaces it on each edit (see IndexedDocument); the parts passed in are short-lived.
 */
export class RegisterOf {
  constructor(parts: RegisterParts) {
    (this as { kind: 'risk' }).kind = 'risk';
    Object.assign(this, parts);
  }
}
