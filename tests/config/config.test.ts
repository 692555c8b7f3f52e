import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError, clockFrom, loadConfig } from '../../src/config.ts';

const creds = { LINE_CHANNEL_SECRET: 'secret-value', LINE_CHANNEL_ACCESS_TOKEN: 'token-value' };

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const c = loadConfig(creds);
    expect(c.port).toBe(3000);
    expect(c.host).toBe('0.0.0.0');
    expect(c.lineApiBaseUrl).toBe('https://api.line.me');
    expect(c.lineDataApiBaseUrl).toBe('https://api-data.line.me');
    expect(c.logLevel).toBe('info');
    expect(c.fixedNow).toBeNull();
    expect(c.deployment).toBeNull();
    expect(c.logMessageText).toBe(false);
    expect([c.httpRequestTimeoutMs, c.httpHeadersTimeoutMs, c.httpKeepAliveTimeoutMs, c.lineMaxConcurrentSends]).toEqual([10_000, 5_000, 72_000, 128]);
  });

  it('points the data API at a custom LINE_API_BASE_URL (a fake LINE API in tests)', () => {
    const c = loadConfig({ ...creds, LINE_API_BASE_URL: 'http://127.0.0.1:4567/' });
    expect(c.lineApiBaseUrl).toBe('http://127.0.0.1:4567');
    expect(c.lineDataApiBaseUrl).toBe('http://127.0.0.1:4567');
  });

  it.each([
    ['PORT', 'eighty', /PORT/],
    ['PORT', '70000', /PORT/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL/],
    ['BOT_NOW', '2026-13-01', /BOT_NOW/],
    ['LINE_API_BASE_URL', 'not a url', /LINE_API_BASE_URL/],
    ['DEPLOYMENT', '../etc', /DEPLOYMENT/],
    ['LOG_MESSAGE_TEXT', 'maybe', /LOG_MESSAGE_TEXT/],
    ['PIPELINE_WORKERS', 'many', /PIPELINE_WORKERS/],
    ['MAX_QUEUED_EVENTS', '0', /MAX_QUEUED_EVENTS/],
    ['LINE_RETRY_MAX_ATTEMPTS', '-1', /LINE_RETRY_MAX_ATTEMPTS/],
    ['HTTP_REQUEST_TIMEOUT_MS', '0', /HTTP_REQUEST_TIMEOUT_MS/],
    ['HTTP_HEADERS_TIMEOUT_MS', '60000', /HTTP_HEADERS_TIMEOUT_MS.*HTTP_REQUEST_TIMEOUT_MS/],
    ['HTTP_KEEP_ALIVE_TIMEOUT_MS', 'forever', /HTTP_KEEP_ALIVE_TIMEOUT_MS/],
    ['LINE_MAX_CONCURRENT_SENDS', '0', /LINE_MAX_CONCURRENT_SENDS/],
  ])('stops start-up on a malformed %s, naming the variable', (name, value, pattern) => {
    expect(() => loadConfig({ ...creds, [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ ...creds, [name]: value })).toThrow(pattern);
  });

  it('names the missing credential when only one of the two is set', () => {
    expect(() => loadConfig({ LINE_CHANNEL_SECRET: 's' })).toThrow(/LINE_CHANNEL_ACCESS_TOKEN/);
    expect(() => loadConfig({ LINE_CHANNEL_ACCESS_TOKEN: 't' })).toThrow(/LINE_CHANNEL_SECRET/);
  });

  it('never echoes a secret value in its error message', () => {
    try {
      loadConfig({ LINE_CHANNEL_SECRET: 'super-secret-123', LINE_CHANNEL_ACCESS_TOKEN: 'tok', PORT: 'x', USER_ID_HASH_KEY: '' });
    } catch (err) {
      expect(String(err)).not.toContain('super-secret-123');
    }
  });

  it('without credentials runs the simulator on loopback unless SIMULATOR_HOST opens it', () => {
    expect(loadConfig({}).line).toBeNull();
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('127.0.0.1');
    expect(loadConfig({ SIMULATOR_HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('PIPELINE_WORKERS: auto gives one worker with a second CPU, a number is taken as it is', () => {
    expect(loadConfig(creds).pipelineWorkers).toBe(availableParallelism() >= 2 ? 1 : 0);
    expect(loadConfig({ ...creds, PIPELINE_WORKERS: '0' }).pipelineWorkers).toBe(0);
    expect(loadConfig({ ...creds, PIPELINE_WORKERS: '2' }).pipelineWorkers).toBe(2);
    expect(loadConfig(creds).maxQueuedEvents).toBe(2);
  });

  it('BOT_NOW fixes the clock', () => {
    const clock = clockFrom(loadConfig({ BOT_NOW: '2026-12-30T21:00:00+09:00' }));
    expect(clock().toISOString()).toBe('2026-12-30T12:00:00.000Z');
    expect(clock().getTime()).toBe(clock().getTime());
  });
});
