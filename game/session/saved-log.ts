// Shape checks on a log before replaying it. The engine checks decisions and hashes; these
// catch what it would let through or trip over: entries without a recorded hash (which the
// engine would replay unchecked) and decisions by providers that no human played.

import { HANDICAPS, isHandicap } from '../engine/index.ts';
import type { DecisionError } from '../engine/index.ts';
import { storeError } from './errors.ts';
import type { SavedLog } from './types.ts';

export function checkSavedLog(save: SavedLog): DecisionError[] {
  const errors: DecisionError[] = [];
  if (!Array.isArray(save.humans) || !save.humans.every((h) => typeof h === 'string'))
    return [storeError('humans', 'bad_log', 'humans must be a list of provider ids')];
  if (save.handicap !== undefined && !isHandicap(save.handicap))
    return [
      storeError(
        'handicap',
        'bad_log',
        `unknown handicap ${JSON.stringify(save.handicap)}; a handicap is one of ${HANDICAPS.join(', ')}`,
      ),
    ];
  if (!Array.isArray(save.log))
    return [storeError('log', 'bad_log', 'log must be a list of quarters')];
  save.log.forEach((entry, i) => {
    const at = `log[${i}]`;
    if (typeof entry !== 'object' || entry === null) {
      errors.push(storeError(at, 'bad_log', `${at} is not a quarter entry`));
      return;
    }
    if (typeof entry.hash !== 'string' || entry.hash.length === 0)
      errors.push(
        storeError(
          `${at}.hash`,
          'bad_log',
          `${at} (${String(entry.quarter)}) has no state hash to check`,
        ),
      );
    if (typeof entry.decisions !== 'object' || entry.decisions === null) {
      errors.push(storeError(`${at}.decisions`, 'bad_log', `${at} has no decisions`));
      return;
    }
    for (const id of Object.keys(entry.decisions))
      if (!save.humans.includes(id))
        errors.push(
          storeError(
            `${at}.decisions.${id}`,
            'bad_log',
            `${at} holds a decision for ${id}, which no human played`,
          ),
        );
  });
  return errors;
}
