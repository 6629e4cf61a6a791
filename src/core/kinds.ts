import type { KindProvider } from './index/kindProvider';
import { riskProvider } from './risk/provider';

/**
 * The kinds of document the toolkit indexes, in the order their discovery runs.
 * Both front ends build their index from this list.
 */
export const KIND_PROVIDERS: readonly KindProvider[] = [riskProvider as unknown as KindProvider];
