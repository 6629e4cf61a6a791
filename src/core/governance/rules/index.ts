import type { CodeRule } from '../codeRules';
import { supersededMention } from './supersededMention';

/** Every rule over code files, in id order. Each has a doc page at `docs/rules/<id>.md`. */
export const CODE_RULES: readonly CodeRule[] = [supersededMention];
