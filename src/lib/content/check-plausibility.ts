import type { Dataset } from '../data/dataset.ts';
import { repeatsPrevious } from '../data/queries.ts';
import { isStale, STALE_AFTER_DAYS } from '../data/review.ts';
import { problem, type Problem } from './content-problems.ts';

/**
 * Checks that dates are plausible: nothing published, reviewed or changed after today, status
 * histories in date order, and scenarios reviewed within the last year (a warning: stale content
 * still builds).
 */
export function checkPlausibility(dataset: Dataset, today: string): Problem[] {
  const problems: Problem[] = [];
  const notFuture = (file: string, field: string, date: string) => {
    if (date > today) {
      problems.push(problem('future-date', file, field, `a date on or before today (${today})`, date, { hint: 'Use the date the document carries or the day the change happened.' }));
    }
  };
  for (const entry of Object.values(dataset.documents)) notFuture(entry.file, 'date', entry.data.date);
  for (const entry of Object.values(dataset.scenarios)) {
    notFuture(entry.file, 'reviewed', entry.data.reviewed);
    if (isStale(entry.data.reviewed, today)) {
      problems.push(
        problem('stale', entry.file, 'reviewed', `a review within the last ${STALE_AFTER_DAYS} days`, entry.data.reviewed, {
          hint: 'Check the scenario against its newest documents, then update reviewed.',
        }),
      );
    }
    entry.data.offerings.forEach((offering, o) =>
      offering.history.forEach((status, h) => {
        const field = `offerings[${o}].history[${h}].date`;
        notFuture(entry.file, field, status.date);
        const repeats = repeatsPrevious(offering.history, h);
        if (repeats !== (status.kind === 'confirmation')) {
          problems.push(
            problem(
              'history-kind',
              entry.file,
              `offerings[${o}].history[${h}].kind`,
              repeats ? `kind: confirmation, since it repeats the status of history[${h - 1}]` : 'no kind (an event): the status changes here or is first stated here',
              status.kind,
              { hint: 'A later document that repeats a status confirms it; only a change of status is news.' },
            ),
          );
        }
        const before = offering.history[h - 1];
        if (before && status.date < before.date) {
          problems.push(
            problem('date-order', entry.file, field, `a date on or after ${before.date} (history[${h - 1}]): history runs oldest first`, status.date, {
              hint: 'Move the entry to its place in time; the last entry is read as the current status.',
            }),
          );
        }
      }),
    );
  }
  return problems;
}
