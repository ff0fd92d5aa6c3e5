import { z } from 'zod';
import { idSchema } from './primitives.ts';

/** A value a wizard answer can hold: a choice value, a number or a yes/no. */
export const answerValueSchema = z.union([z.string().min(1).max(100), z.number(), z.boolean()]);
export type AnswerValue = z.output<typeof answerValueSchema>;

/**
 * A declarative condition over wizard answers. Leaves compare one question's answer; `all`, `any`
 * and `not` combine them. A leaf whose question is unanswered is false, so a rule never fires on a
 * guess.
 */
export type Condition =
  | { question: string; equals: AnswerValue }
  | { question: string; in: AnswerValue[] }
  | { question: string; below: number }
  | { question: string; atLeast: number }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ question: idSchema, equals: answerValueSchema }),
    z.strictObject({ question: idSchema, in: z.array(answerValueSchema).min(1) }),
    z.strictObject({ question: idSchema, below: z.number() }),
    z.strictObject({ question: idSchema, atLeast: z.number() }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);
