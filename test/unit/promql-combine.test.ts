import { describe, expect, it } from '@jest/globals';
import { combinedQuery, findSyntaxError, PART_LABEL, splitCombined } from '../../src/promql/index.js';

describe('combinedQuery', () => {
  it('tags each part with its index and joins the parts with or', () => {
    expect(combinedQuery(['sum(rate(a[5m]))', 'sum(rate(b[5m]))'])).toBe(
      'label_replace(sum(rate(a[5m])), "slo_gate_part", "0", "", "") or ' +
        'label_replace(sum(rate(b[5m])), "slo_gate_part", "1", "", "")',
    );
  });

  it('keeps a part whose own top operator binds looser than or intact (it is a function argument)', () => {
    const query = combinedQuery(['a unless b', 'c or d', '1 - x / y']);
    expect(findSyntaxError(query)).toBeUndefined();
    expect(query).toContain('label_replace(a unless b, "slo_gate_part", "0"');
    expect(query).toContain('label_replace(c or d, "slo_gate_part", "1"');
  });
});

describe('splitCombined', () => {
  const sample = (labels: Record<string, string>, value: number) => ({ labels, value });

  it('sorts samples back into their parts and removes the tag', () => {
    const parts = splitCombined(
      [
        sample({ [PART_LABEL]: '1' }, 5),
        sample({ [PART_LABEL]: '0', code: '500' }, 0.25),
        sample({ [PART_LABEL]: '0', code: '503' }, 0.5),
      ],
      3,
    );
    expect(parts).toEqual([
      [sample({ code: '500' }, 0.25), sample({ code: '503' }, 0.5)],
      [sample({}, 5)],
      [],
    ]);
  });

  it('refuses an answer with an untagged sample or a part that was not asked', () => {
    expect(splitCombined([sample({}, 1)], 2)).toBeUndefined();
    expect(splitCombined([sample({ [PART_LABEL]: '2' }, 1)], 2)).toBeUndefined();
    expect(splitCombined([sample({ [PART_LABEL]: 'x' }, 1)], 2)).toBeUndefined();
  });

  it('keeps NaN values as they were answered (0/0 is a window without traffic)', () => {
    const parts = splitCombined([sample({ [PART_LABEL]: '0' }, NaN)], 1);
    expect(Number.isNaN(parts?.[0]?.[0]?.value)).toBe(true);
  });
});
