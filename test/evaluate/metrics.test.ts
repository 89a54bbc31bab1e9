import { describe, expect, it } from 'vitest';
import { computeMetrics, expectedCalibrationError } from '../../src/evaluate/metrics.js';
import { snippetOf } from '../../src/evaluate/snippets.js';

const p = (expected: string, predicted: string | null, confidence = 0.9) => ({ expected, predicted, confidence });

describe('computeMetrics', () => {
  const m = computeMetrics([p('C', 'C'), p('C', 'C++'), p('C++', 'C++'), p('C++', 'C++'), p('Go', null, 0)]);

  it('counts accuracy, unknowns, precision and recall', () => {
    expect(m).toMatchObject({ total: 5, correct: 3, accuracy: 0.6, unknown: 1 });
    const byName = new Map(m.perLanguage.map((l) => [l.language, l]));
    expect(byName.get('C')).toMatchObject({ support: 2, precision: 1, recall: 0.5 });
    expect(byName.get('C++')).toMatchObject({ support: 2, precision: 2 / 3, recall: 1 });
    expect(byName.get('Go')).toMatchObject({ recall: 0, precision: 0, f1: 0 });
  });

  it('lists confusions, largest first, unknown answers included', () => {
    expect(m.allConfusions).toEqual([
      { expected: 'C', predicted: 'C++', count: 1 },
      { expected: 'Go', predicted: '(unknown)', count: 1 },
    ]);
  });
});

describe('expectedCalibrationError', () => {
  it('is zero when confidence matches accuracy, and grows with overconfidence', () => {
    const calibrated = [p('A', 'A', 0.75), p('A', 'A', 0.75), p('A', 'A', 0.75), p('A', 'B', 0.75)];
    expect(expectedCalibrationError(calibrated)).toBeCloseTo(0, 9);
    const overconfident = [p('A', 'A', 0.99), p('A', 'B', 0.99)];
    expect(expectedCalibrationError(overconfident)).toBeCloseTo(0.49, 9);
  });
});

describe('snippetOf', () => {
  const text = ['a', '', 'b', 'c', 'd', 'e'].join('\n');
  it('cuts the same lines every time, starting on a non-blank line', () => {
    const s = snippetOf(text, 3, 'id');
    expect(s).toBe(snippetOf(text, 3, 'id'));
    expect(s?.split('\n')).toHaveLength(3);
    expect(s?.split('\n')[0]).not.toBe('');
    expect(snippetOf(text, 99, 'id')).toBeUndefined();
  });
});
