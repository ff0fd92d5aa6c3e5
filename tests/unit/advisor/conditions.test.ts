import { describe, expect, it } from 'vitest';
import { evaluateCondition } from '../../../src/lib/advisor/conditions.ts';
import type { Condition } from '../../../src/lib/schema/condition.ts';

const answers = { version: 2014, location: 'smb-share', firewall: true, size: 1024 };

describe('evaluateCondition', () => {
  it.each<[string, Condition, boolean]>([
    ['equals matches the same value', { question: 'location', equals: 'smb-share' }, true],
    ['equals does not match another value', { question: 'location', equals: 'azure-storage' }, false],
    ['equals does not treat "2014" and 2014 as the same', { question: 'version', equals: '2014' }, false],
    ['in matches any listed value', { question: 'version', in: [2012, 2014] }, true],
    ['below is strict', { question: 'version', below: 2014 }, false],
    ['below matches a smaller number', { question: 'version', below: 2016 }, true],
    ['atLeast includes the bound (1 TB = 1024 GB)', { question: 'size', atLeast: 1024 }, true],
    ['a number comparison on a text answer is false', { question: 'location', below: 5 }, false],
    ['a boolean equals true', { question: 'firewall', equals: true }, true],
    ['an unanswered leaf is false', { question: 'missing', equals: true }, false],
    ['an unanswered numeric leaf is false', { question: 'missing', atLeast: 0 }, false],
    ['not of an unanswered leaf is true', { not: { question: 'missing', equals: true } }, true],
    ['all needs every part', { all: [{ question: 'firewall', equals: true }, { question: 'missing', equals: 1 }] }, false],
    ['any needs one part', { any: [{ question: 'firewall', equals: false }, { question: 'size', atLeast: 1000 }] }, true],
  ])('%s', (_name, condition, expected) => {
    expect(evaluateCondition(condition, answers)).toBe(expected);
  });

  it('does not read answers inherited from Object.prototype', () => {
    expect(evaluateCondition({ question: 'constructor', in: [Object] as never }, {})).toBe(false);
    expect(evaluateCondition({ question: 'toString', below: 1 }, {})).toBe(false);
  });
});
