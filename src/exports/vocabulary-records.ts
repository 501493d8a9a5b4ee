import { VOCABULARIES } from '../analysis/schema/vocabulary.ts';

/** One row of `/data/vocabulary.csv`: a value of a field, its label and its definition. */
export interface VocabularyRecord {
  field: string;
  value: string;
  label: string;
  definition: string;
}

/**
 * The data dictionary of the CSV and JSON exports: every value of every enumerated field
 * (`type`, `status`, `confidence`, `precision`, `kind`) with the words the site uses for it.
 *
 * @example
 *   vocabularyRecords()[0] // { field: 'type', value: 'factual', label: 'Factual', definition: 'A statement …' }
 */
export function vocabularyRecords(): VocabularyRecord[] {
  return Object.entries(VOCABULARIES).flatMap(([field, terms]) =>
    Object.entries(terms).map(([value, term]) => ({
      field,
      value,
      label: term.label,
      definition: term.definition,
    })),
  );
}
