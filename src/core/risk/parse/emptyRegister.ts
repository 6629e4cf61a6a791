import type { Finding } from '../../model/findings';
import { DEFAULT_REVIEW_INTERVAL } from '../dates';
import type { RiskRegister } from '../model';
import { DEFAULT_SCALES } from '../scales';
import { MARKDOWN_READ_ONLY } from './readOnlyReasons';
import { NO_RISKS, RegisterOf } from './registerOf';

/** A register for a file the index could not read (too large, gone), so the tree still shows it with its problem. */
export function emptyRegister(path: string, format: RiskRegister['format'], asOf: string, problems: readonly Finding[] = []): RiskRegister {
  return new RegisterOf({
    path,
    text: '',
    problems,
    disabledRules: new Set(),
    format,
    readOnly: format === 'markdown',
    readOnlyReason: format === 'markdown' ? MARKDOWN_READ_ONLY : undefined,
    ownFormat: format === 'yaml',
    parsed: false,
    title: undefined,
    scales: DEFAULT_SCALES,
    reviewInterval: DEFAULT_REVIEW_INTERVAL,
    risks: NO_RISKS,
    asOf,
    syntaxErrors: [],
    schemaIssues: [],
  });
}
