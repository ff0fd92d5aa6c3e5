import type { Condition } from '../schema/condition.ts';
import type { Dataset } from './dataset.ts';

/** A condition in words, e.g. "SQL Server version is below 2016", for limitation pages. */
export function describeCondition(condition: Condition, dataset: Dataset): string {
  if ('all' in condition) return condition.all.map((c) => describeCondition(c, dataset)).join(' and ');
  if ('any' in condition) return condition.any.map((c) => describeCondition(c, dataset)).join(' or ');
  if ('not' in condition) return `not (${describeCondition(condition.not, dataset)})`;
  const question = dataset.questions[condition.question]?.data;
  const subject = question ? `“${question.prompt}”` : condition.question;
  const label = (value: unknown) => {
    if (question?.kind === 'choice') return question.options.find((o) => o.value === value)?.label ?? String(value);
    if (typeof value === 'boolean') return value ? 'yes' : 'no';
    return question?.kind === 'number' ? `${value} ${question.unit}` : String(value);
  };
  if ('equals' in condition) return `${subject} is ${label(condition.equals)}`;
  if ('in' in condition) return `${subject} is ${condition.in.map(label).join(' or ')}`;
  if ('below' in condition) return `${subject} is below ${label(condition.below)}`;
  return `${subject} is at least ${label(condition.atLeast)}`;
}
