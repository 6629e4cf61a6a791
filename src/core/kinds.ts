import { adrProvider } from './adr/provider';
import { guidelineProvider } from './guidelines/provider';
import type { KindProvider } from './index/kindProvider';
import { riskProvider } from './risk/provider';

/**
 * The kinds of document the toolkit indexes, in the order their discovery runs
 * (decision records first: risk rules look up the ADRs a risk names).
 * Both front ends build their index from this list.
 */
export const KIND_PROVIDERS: readonly KindProvider[] = [adrProvider, riskProvider, guidelineProvider].map((p) => p as unknown as KindProvider);
