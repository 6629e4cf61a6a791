import { closestMatch } from '../../util/didYouMean';
import { STATUS_DISPLAY, cleanStatusText } from '../status';
import type { AdrRule } from './ruleSupport';
import { editOf } from '../../model/findings';

const KNOWN = Object.values(STATUS_DISPLAY);

/** A status none of the known words matches ("on hold", "Acepted"): tools cannot group or filter it. */
export const unknownStatus: AdrRule = {
  id: 'adr/unknown-status',
  kind: 'decision',
  description: 'The status is not one of draft, proposed, accepted, rejected, deprecated or superseded (or a common synonym).',
  defaultSeverity: 'warning',
  check(record, context) {
    const status = record.status;
    if (!status || status.value !== 'other') return;
    const text = cleanStatusText(status.raw);
    const firstWord = /^[A-Za-z]+/.exec(text)?.[0] ?? text;
    const suggestion = closestMatch(firstWord, KNOWN);
    const wordAt = status.start + status.raw.indexOf(firstWord);
    const cased = suggestion && firstWord === firstWord.toLowerCase() ? suggestion.toLowerCase() : suggestion;
    context.report({
      message: `Unknown status "${text}": use one of ${KNOWN.join(', ')}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
      range: status.range,
      ...(cased && firstWord
        ? { fixes: [{ title: `Change the status to "${cased}"`, changes: [editOf(record, [{ start: wordAt, end: wordAt + firstWord.length, newText: cased }])] }] }
        : {}),
    });
  },
};
