// The Article panel of the Annotate app: the article's own record (its assessment, an entry of
// its updates log, and `draft: false`), with the list of what is still to write before publishing.
import type { ArticleInfo } from './server.ts';
import { checkbox, field, input, select, textarea } from './form-controls.ts';
import type { SaveRequest } from './record-form.ts';

const UPDATE_KINDS = ['correction', 'update', 'rating-change'] as const;

/** Today as YYYY-MM-DD in the analyst's own time zone: the day they write the update. */
const today = () => new Date().toLocaleDateString('en-CA');

/** The list of what is still to write, or a line saying nothing is. */
function toWriteList(article: ArticleInfo['article']): HTMLElement {
  const section = document.createElement('section');
  section.setAttribute('aria-label', 'Still to write before publishing');
  const heading = document.createElement('h3');
  heading.textContent = article.draft ? 'Still to write before publishing' : 'Published';
  const list = document.createElement('ul');
  for (const line of article.toWrite)
    list.append(Object.assign(document.createElement('li'), { textContent: line }));
  const none = document.createElement('p');
  none.textContent = article.draft
    ? 'Nothing left to write: the draft can be published.'
    : 'Not a draft.';
  section.append(heading, article.toWrite.length > 0 ? list : none);
  return section;
}

/** The choice of key claims among the claims with a verdict, or why there is none yet. */
function keyClaims(article: ArticleInfo['article']): HTMLElement {
  if (article.verdictClaims.length === 0)
    return Object.assign(document.createElement('p'), {
      textContent: 'Key claims: no claim has a verdict yet; rate claims to choose key ones.',
    });
  return field(
    'Key claims (claims with a verdict, at most 5)',
    select(
      article.verdictClaims.map(({ id, finding }): [string, string] => [
        id,
        finding ? `${id}: ${finding}` : id,
      ]),
      article.assessment.key,
      true,
    ),
    'key',
  );
}

/** The panel's fields: what is left to write, the assessment, a new update, and publishing. */
export function articleFields(info: ArticleInfo): HTMLElement[] {
  const { article } = info;
  const assessment = document.createElement('fieldset');
  assessment.append(
    Object.assign(document.createElement('legend'), { textContent: 'Assessment' }),
    field('Verdict (one line)', input(article.assessment.verdict), 'verdict'),
    field('Summary (2–3 sentences)', textarea(article.assessment.summary), 'summary'),
    keyClaims(article),
  );
  const update = document.createElement('fieldset');
  update.append(
    Object.assign(document.createElement('legend'), { textContent: 'Add an update' }),
    field(
      'Kind',
      select([['', '— (no update)'], ...UPDATE_KINDS.map((k): [string, string] => [k, k])]),
      'update-kind',
    ),
    field('Date', input(today(), '', 'date'), 'update-date'),
    field(
      'From (the status before, for a rating-change)',
      select([['', '—'], ...info.vocabulary.statuses.map((s): [string, string] => [s, s])]),
      'update-from',
    ),
    field('Note (what changed and why)', textarea(), 'update-note'),
  );
  const fields: HTMLElement[] = [toWriteList(article), assessment, update];
  if (article.draft && article.toWrite.length === 0)
    fields.push(checkbox('Publish: set draft to false', 'publish', '1'));
  return fields;
}

/** The save the submitted panel asks for: only the parts the analyst changed or filled in. */
export function articleRequest(info: ArticleInfo, data: FormData): SaveRequest {
  const value = (name: string) => String(data.get(name) ?? '').trim();
  const written = info.article.assessment;
  const assessment = {
    verdict: value('verdict'),
    summary: value('summary'),
    key: data.getAll('key').map(String),
  };
  const changed =
    assessment.verdict !== written.verdict ||
    assessment.summary !== written.summary.trim() ||
    assessment.key.join() !== written.key.join();
  const kind = UPDATE_KINDS.find((k) => k === value('update-kind'));
  const from = value('update-from');
  const update = kind && {
    kind,
    date: value('update-date'),
    note: value('update-note'),
    ...(from ? { from } : {}),
  };
  return {
    op: 'article',
    ...(changed ? { assessment } : {}),
    ...(update ? { update } : {}),
    ...(data.get('publish') ? { draft: false as const } : {}),
  };
}
