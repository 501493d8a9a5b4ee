import { describe, expect, test } from 'vitest';
import { unsourcedFigures } from '../../../../scripts/content-checks/figures.ts';

describe('a figure in a verdict note', () => {
  test('missing from every cited title and quote is reported', () => {
    expect(unsourcedFigures('It cost $1.4 billion.', 'A $750 million package')).toEqual(['$1.4']);
  });

  test('given by a source, or worked out in a sentence that says so, is not', () => {
    expect(unsourcedFigures('We infer a total of $750 million.', '')).toEqual([]);
    expect(unsourcedFigures('China refines about 91%.', '91% of refining')).toEqual([]);
  });
});
