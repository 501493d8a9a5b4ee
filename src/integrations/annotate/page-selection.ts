// The page's side of a selection: where the reader's selection lies among the article's text
// blocks, measured in the DOM, turned into offsets by ./selected-words.ts.
import type { TextSelection } from './messages.ts';
import { selectedWords } from './selected-words.ts';

const PASSAGES = '.article-body .passage-text';

/** The text of a passage up to a point, as the parser counts it: claim numbers are not text. */
function textBefore(passage: Element, node: Node, offset: number): string {
  const range = document.createRange();
  range.setStart(passage, 0);
  range.setEnd(node, offset);
  const copy = range.cloneContents();
  copy.querySelectorAll('.claim-ref').forEach((element) => element.remove());
  return copy.textContent ?? '';
}

const passageOf = (node: Node) =>
  (node instanceof Element ? node : node.parentElement)?.closest(PASSAGES) ?? null;

/** The page's selection as offsets into one block's plain text, or why it cannot be marked. */
export function pageSelection(): TextSelection | string | undefined {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  const first = passageOf(range.startContainer);
  const last = passageOf(range.endContainer);
  const passages = [...document.querySelectorAll(PASSAGES)];
  const index = (passage: Element | null) => (passage ? passages.indexOf(passage) : -1);
  return selectedWords({
    firstBlock: index(first),
    lastBlock: index(last),
    text: first ? textBefore(first, first, first.childNodes.length) : '',
    start: first ? textBefore(first, range.startContainer, range.startOffset).length : 0,
    end:
      first && first === last ? textBefore(first, range.endContainer, range.endOffset).length : 0,
  });
}
