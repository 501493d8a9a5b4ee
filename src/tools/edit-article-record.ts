import { isMap, isScalar, isSeq, parseDocument, stringify, type Pair } from 'yaml';
import { lineEnd, lineStart, rangeOf } from './yaml-text.ts';

/** The analyst's reading of the whole article, as the Article panel writes it. */
interface AssessmentInput {
  verdict: string;
  summary: string;
  key: string[];
}

/** An entry of the article's `updates` log; `from` only for a rating-change. */
interface UpdateInput {
  date: string;
  kind: 'correction' | 'update' | 'rating-change';
  from?: string | undefined;
  note: string;
}

/** What the Article panel changes in an article's own record. */
export interface ArticleRecordEdit {
  /** The assessment, written in full (it is one unit: verdict, summary and key claims). */
  assessment?: AssessmentInput | undefined;
  /** A new entry, put first in `updates` (the log is newest first). */
  update?: UpdateInput | undefined;
  /** `false` publishes the article. */
  draft?: false | undefined;
}

interface Edit {
  from: number;
  to: number;
  insert: string;
}

/** A top-level pair of the frontmatter, with the text range of its lines. */
function topPair(yaml: string, key: string) {
  const doc = parseDocument(yaml);
  if (!isMap(doc.contents)) return undefined;
  const pair = (doc.contents.items as Pair[]).find((p) => isScalar(p.key) && p.key.value === key);
  const keyRange = rangeOf(pair?.key);
  if (!pair || !keyRange) return undefined;
  const valueRange = rangeOf(pair.value);
  return {
    pair,
    from: lineStart(yaml, keyRange[0]),
    to: lineEnd(yaml, valueRange ? valueRange[1] : keyRange[1]),
  };
}

/** Where a new top-level field goes: before `claims:` (the record reads top-down), else last. */
function insertAt(yaml: string): number {
  return topPair(yaml, 'claims')?.from ?? yaml.length;
}

function assessmentEdit(yaml: string, assessment: AssessmentInput): Edit {
  const existing = topPair(yaml, 'assessment');
  const insert = assessmentYaml(assessment);
  if (existing) return { from: existing.from, to: existing.to, insert };
  const at = insertAt(yaml);
  return { from: at, to: at, insert };
}

/** The assessment's lines: key claims as a flow list, as the seed article writes them. */
function assessmentYaml({ verdict, summary, key }: AssessmentInput): string {
  const body = stringify({ verdict: verdict.trim(), summary: summary.trim() }, { lineWidth: 96 });
  const indented = body
    .split('\n')
    .map((line) => (line === '' ? line : `  ${line}`))
    .join('\n');
  const ids = key.map((id) => stringify(id).trim()).join(', ');
  return `assessment:\n${indented}  key: [${ids}]\n`;
}

function updateEdit(yaml: string, update: UpdateInput): Edit {
  const entry = {
    date: update.date,
    kind: update.kind,
    ...(update.kind === 'rating-change' && update.from ? { from: update.from } : {}),
    note: update.note.trim(),
  };
  const existing = topPair(yaml, 'updates');
  const list = existing?.pair.value;
  if (existing && isSeq(list) && !list.flow && list.items.length > 0) {
    // Newest first: the new entry goes above the first, with its indent.
    const first = rangeOf(list.items[0]);
    const at = lineStart(yaml, first ? first[0] : existing.to);
    const indent = /^[ \t]*/.exec(yaml.slice(at))?.[0] ?? '  ';
    return { from: at, to: at, insert: blockItem(entry, indent) };
  }
  const insert = `updates:\n${blockItem(entry, '  ')}`;
  if (existing) return { from: existing.from, to: existing.to, insert };
  return { from: yaml.length, to: yaml.length, insert };
}

/** One block list item, each line prefixed with `indent`. */
function blockItem(entry: Record<string, string>, indent: string): string {
  return stringify([entry], { lineWidth: 0 })
    .split('\n')
    .map((line) => (line === '' ? line : indent + line))
    .join('\n');
}

function draftEdit(yaml: string): Edit | undefined {
  const existing = topPair(yaml, 'draft');
  const range = rangeOf(existing?.pair.value);
  if (!existing || !range) return undefined;
  return { from: range[0], to: range[1], insert: 'false' };
}

/**
 * The frontmatter YAML with the article's own record edited: the assessment written (in place of
 * the old one, or before `claims:`), an update put first in `updates`, `draft` set to `false`.
 * Every other line keeps its bytes: comments, anchors and aliases, the order of fields.
 *
 * @example
 *   editArticleRecord('draft: true\ntitle: T\n', { draft: false }) // 'draft: false\ntitle: T\n'
 */
export function editArticleRecord(yaml: string, edit: ArticleRecordEdit): string {
  const edits = [
    edit.assessment ? assessmentEdit(yaml, edit.assessment) : undefined,
    edit.update ? updateEdit(yaml, edit.update) : undefined,
    edit.draft === false ? draftEdit(yaml) : undefined,
  ].filter((e): e is Edit => e !== undefined);
  edits.sort((a, b) => b.from - a.from);
  let result = yaml;
  for (const e of edits) result = result.slice(0, e.from) + e.insert + result.slice(e.to);
  return result;
}
