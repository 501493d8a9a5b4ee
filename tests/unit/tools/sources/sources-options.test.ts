import { describe, expect, test } from 'vitest';
import {
  SOURCES_DEFAULTS,
  sourcesSettings,
} from '../../../../src/tools/sources/sources-options.ts';

describe('sourcesSettings', () => {
  test('the real services and polite defaults when nothing is given', () => {
    const settings = sourcesSettings({}, {});
    expect(settings.save).toEqual({
      saveBase: 'https://web.archive.org/save/',
      waybackBase: 'https://web.archive.org',
    });
    expect(settings.check.timeoutMs).toBe(SOURCES_DEFAULTS.timeoutMs);
    expect(settings.archive.timeoutMs).toBe(SOURCES_DEFAULTS.saveTimeoutMs);
    expect(settings.check.retries).toBe(2);
  });

  test('the environment overrides the defaults and a flag overrides the environment', () => {
    const env = {
      CLAIMLENS_SAVE_BASE: 'http://127.0.0.1:9/save/',
      CLAIMLENS_TIMEOUT_MS: '300',
      CLAIMLENS_WAYBACK_BASE: 'http://127.0.0.1:9',
    };
    expect(sourcesSettings({}, env).save.saveBase).toBe('http://127.0.0.1:9/save/');
    expect(sourcesSettings({}, env).archive.timeoutMs).toBe(300);
    expect(
      sourcesSettings({ timeout: '200', 'save-base': 'http://localhost:1/s/' }, env),
    ).toMatchObject({
      check: { timeoutMs: 200 },
      archive: { timeoutMs: 200 },
      save: { saveBase: 'http://localhost:1/s/', waybackBase: 'http://127.0.0.1:9' },
    });
  });

  test('Save Page Now keys come from the environment, and a malformed pair is refused without echoing it', () => {
    expect(sourcesSettings({}, { CLAIMLENS_SPN_KEYS: 'abc:def' }).save.keys).toBe('abc:def');
    expect(sourcesSettings({}, {}).save.keys).toBeUndefined();
    expect(() => sourcesSettings({}, { CLAIMLENS_SPN_KEYS: 'secretwithoutcolon' })).toThrow(
      /^CLAIMLENS_SPN_KEYS must be an archive\.org S3 key pair written access:secret$/,
    );
  });

  test.each([
    [{ timeout: 'soon' }, /--timeout must be a whole number of at least 1, not "soon"/],
    [{ timeout: '0' }, /--timeout must be a whole number of at least 1/],
    [{ 'per-host-ms': '-1' }, /--per-host-ms must be a whole number, not "-1"/],
    [{ 'save-base': 'ftp://example.org/' }, /--save-base must be an http\(s\) URL/],
  ])('refuses %j with what to write instead', (flags, message) => {
    expect(() => sourcesSettings(flags, {})).toThrow(message);
  });
});
