import type { ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/** A run of Chinese, Japanese or Korean text, with the marks, punctuation and spaces inside it. */
const CJK_RUN =
  /[\p{sc=Han}\p{sc=Hira}\p{sc=Kana}\p{sc=Hang}](?:[\p{scx=Han}\p{scx=Hira}\p{scx=Kana}\p{scx=Hang}\uff00-\uffef ]*[\p{scx=Han}\p{scx=Hira}\p{scx=Kana}\p{scx=Hang}\uff00-\uffef])?/gu;

/** Whether a text holds any such character: the common case, English, returns at once. */
const HAS_CJK = /[\p{sc=Han}\p{sc=Hira}\p{sc=Kana}\p{sc=Hang}]/u;

/**
 * The language a run's script shows: kana only occur in Japanese and Hangul in Korean; Han
 * characters alone (a name such as 金井正彰 or 苏莱曼) may be Chinese or Japanese, so they are
 * marked only as Han script in an undetermined language (`und-Hani`), not guessed.
 */
export function scriptLanguage(run: string): string {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(run)) return 'ja';
  if (/\p{Script=Hangul}/u.test(run)) return 'ko';
  return 'und-Hani';
}

/**
 * Marks each run of Chinese, Japanese or Korean text in the analysts' prose with `lang`, so that
 * screen readers and font fallback do not treat it as English: `<p>Kanai Masaaki (金井正彰)</p>`
 * becomes `<p>Kanai Masaaki (<span lang="und-Hani">金井正彰</span>)</p>`.
 */
export function rehypeScriptLang() {
  return (tree: Root): void => {
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined) return;
      if (!HAS_CJK.test(node.value)) return;
      if (parent.type === 'element' && parent.properties['lang'] !== undefined) return;
      const parts: ElementContent[] = [];
      let from = 0;
      for (const match of node.value.matchAll(CJK_RUN)) {
        if (match.index > from)
          parts.push({ type: 'text', value: node.value.slice(from, match.index) });
        parts.push({
          type: 'element',
          tagName: 'span',
          properties: { lang: scriptLanguage(match[0]) },
          children: [{ type: 'text', value: match[0] }],
        });
        from = match.index + match[0].length;
      }
      if (parts.length === 0) return;
      if (from < node.value.length) parts.push({ type: 'text', value: node.value.slice(from) });
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
  };
}
