import type { APIRoute } from 'astro';
import { VOCABULARY_COLUMNS, toCsv } from '../../exports/csv.ts';
import { vocabularyRecords } from '../../exports/vocabulary-records.ts';
import { csv } from '../../site/responses.ts';

/** /data/vocabulary.csv: what every type, status, confidence, precision and update kind means. */
export const GET: APIRoute = () => csv(toCsv(vocabularyRecords(), VOCABULARY_COLUMNS));
