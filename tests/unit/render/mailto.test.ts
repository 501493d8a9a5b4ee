import { expect, test } from 'vitest';
import { mailtoLink } from '../../../src/render/mailto.ts';

test('a mailto link carries the claim URL in its subject, encoded', () => {
  const link = mailtoLink('desk@example.org', 'Error in https://x.example/a/?q=1&b=2');
  expect(link).toBe(
    'mailto:desk@example.org?subject=Error%20in%20https%3A%2F%2Fx.example%2Fa%2F%3Fq%3D1%26b%3D2',
  );
  expect(decodeURIComponent(new URL(link).searchParams.get('subject') ?? '')).toBe(
    'Error in https://x.example/a/?q=1&b=2',
  );
});
