import { describe, expect, test } from 'vitest';
import { renderNote } from '../../../src/markdown/markdown-processor.ts';
import { scriptLanguage } from '../../../src/markdown/rehype-script-lang.ts';

describe('Chinese, Japanese and Korean words in the analysis carry lang', () => {
  test('a name in Han characters is marked as Han script, its language not guessed', () =>
    expect(renderNote('Kanai Masaaki (金井正彰) lodged the protest.')).toBe(
      '<p>Kanai Masaaki (<span lang="und-Hani">金井正彰</span>) lodged the protest.</p>',
    ));

  test('a phrase with kana is Japanese, one in Hangul Korean, and each run is marked apart', () => {
    expect(renderNote('Searches for "レアアース" and "희토류" and 稀土.')).toBe(
      '<p>Searches for "<span lang="ja">レアアース</span>" and "<span lang="ko">희토류</span>" and ' +
        '<span lang="und-Hani">稀土</span>.</p>',
    );
  });

  test('a run keeps its own spaces and punctuation, not the English around it', () => {
    expect(scriptLanguage('対中念頭に威圧的措置懸念 日印外相、経済安保で協力')).toBe('ja');
    expect(renderNote('Title: 日印外相、経済安保で協力 (Kyodo)')).toBe(
      '<p>Title: <span lang="ja">日印外相、経済安保で協力</span> (Kyodo)</p>',
    );
  });

  test('English prose is left as it is', () =>
    expect(renderNote('No Chinese here.')).toBe('<p>No Chinese here.</p>'));
});
