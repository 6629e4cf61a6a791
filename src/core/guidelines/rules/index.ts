import type { Rule } from '../../rules/rule';
import type { Guideline } from '../model';
import { duplicateIdRule } from './duplicateId';
import { emptyChecklistRule } from './emptyChecklist';
import { frontMatterRule } from './frontMatter';
import { invalidGlobRule } from './invalidGlob';
import { invalidRegexRule } from './invalidRegex';
import { unmatchedGlobRule } from './unmatchedGlob';
import { unsafeRegexRule } from './unsafeRegex';

/** Every guideline lint rule; each has a page at `docs/rules/<id>.md`. */
export const GUIDELINE_RULES: readonly Rule<Guideline>[] = [
  frontMatterRule,
  duplicateIdRule,
  invalidGlobRule,
  unmatchedGlobRule,
  invalidRegexRule,
  unsafeRegexRule,
  emptyChecklistRule,
];
