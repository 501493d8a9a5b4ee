import { expect, test } from 'vitest';
import { HostPacer } from '../../../../src/tools/sources/host-pacer.ts';

/** A clock that moves only when the pacer sleeps, so the waits can be read exactly. */
function fakeClock() {
  const clock = { time: 0, slept: [] as number[] };
  return {
    clock,
    now: () => clock.time,
    sleep: (ms: number) => {
      clock.slept.push(ms);
      clock.time += ms;
      return Promise.resolve();
    },
  };
}

test('requests to one host start at least the interval apart, one at a time', async () => {
  const { clock, now, sleep } = fakeClock();
  const pacer = new HostPacer(1000, { now, sleep });
  const starts: number[] = [];
  await Promise.all(
    [1, 2, 3].map(() => pacer.run('a.example', async () => void starts.push(now()))),
  );
  expect(starts).toEqual([0, 1000, 2000]);
  expect(clock.slept).toEqual([1000, 1000]);
});

test('different hosts do not wait for each other', async () => {
  const { clock, now, sleep } = fakeClock();
  const pacer = new HostPacer(1000, { now, sleep });
  await Promise.all(
    ['a.example', 'b.example', 'c.example'].map((host) => pacer.run(host, async () => host)),
  );
  expect(clock.slept).toEqual([]);
});

test('a failed request still spaces the next one and does not stop the queue', async () => {
  const { clock, now, sleep } = fakeClock();
  const pacer = new HostPacer(500, { now, sleep });
  const failed = pacer.run('a.example', () => Promise.reject(new Error('down')));
  const next = pacer.run('a.example', async () => 'ok');
  await expect(failed).rejects.toThrow('down');
  await expect(next).resolves.toBe('ok');
  expect(clock.slept).toEqual([500]);
});
