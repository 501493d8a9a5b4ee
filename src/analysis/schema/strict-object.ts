import { z } from 'zod';

/**
 * `z.strictObject` whose unknown-key error lists the fields that are allowed, so a typo explains itself.
 *
 * @example
 *   strictObject({ name: z.string() }).safeParse({ nmae: 'x' })
 *   // → unknown field "nmae"; allowed fields: name
 */
export function strictObject<Shape extends z.ZodRawShape>(shape: Shape) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}; allowed fields: ${allowed}`
        : undefined,
  });
}
