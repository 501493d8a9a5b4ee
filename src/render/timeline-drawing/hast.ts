import type { Element, ElementContent, Properties } from 'hast';

/** Property values of a drawing's elements; hast's own type wants SVG coordinates as strings. */
type Props = Record<string, boolean | number | string | undefined | (string | number)[]>;

/** A hast element; properties use hast's names (`viewBox`, `ariaLabel`, `className`). */
export const el = (
  tagName: string,
  properties: Props = {},
  children: ElementContent[] = [],
): Element => ({
  type: 'element',
  tagName,
  // hast-util-to-html writes numbers as they are; hast's types only list strings for x and y.
  properties: properties as Properties,
  children,
});

/** A hast text node. */
export const text = (value: string): ElementContent => ({ type: 'text', value });

/** Coordinates rounded to one decimal, which is finer than any screen and keeps the markup small. */
export const r = (n: number): number => Math.round(n * 10) / 10;
