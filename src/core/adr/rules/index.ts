import type { Rule } from '../../rules/rule';
import { FOLDER_CONFIG_RULE } from '../discovery';
import { INVALID_FRONT_MATTER_RULE } from '../frontMatter';
import type { DecisionRecord } from '../model';
import { brokenLink } from './brokenLink';
import { duplicateNumber } from './duplicateNumber';
import { filenameMismatch } from './filenameMismatch';
import { invalidDate } from './invalidDate';
import { missingReciprocalLink } from './missingReciprocalLink';
import { missingSection } from './missingSection';
import { missingStatus } from './missingStatus';
import { missingTitle } from './missingTitle';
import { staleProposal } from './staleProposal';
import { supersededWithoutSuccessor } from './supersededWithoutSuccessor';
import { unknownStatus } from './unknownStatus';
import { unmatchedAppliesTo } from './unmatchedAppliesTo';

/** Every `adr/*` rule, in id order. Each has a doc page at `docs/rules/<id>.md`. */
export const ADR_RULES: readonly Rule<DecisionRecord>[] = [
  brokenLink,
  duplicateNumber,
  filenameMismatch,
  invalidDate,
  missingReciprocalLink,
  missingSection,
  missingStatus,
  missingTitle,
  staleProposal,
  supersededWithoutSuccessor,
  unknownStatus,
  unmatchedAppliesTo,
];

/**
 * Problems the parser and discovery report themselves (not rules with a check): listed
 * so their severities can be set and their doc pages are kept with the rules'.
 */
export const ADR_PROBLEM_IDS: readonly { readonly id: string; readonly description: string; readonly defaultSeverity: 'error' | 'warning' }[] = [
  { id: INVALID_FRONT_MATTER_RULE, description: 'The record\'s YAML front matter cannot be read, or a known key has a value of the wrong type.', defaultSeverity: 'error' },
  { id: FOLDER_CONFIG_RULE, description: 'A .adr-dir, .log4brains.yml or configured ADR folder cannot be used.', defaultSeverity: 'warning' },
];
