import { describe, expect, it } from 'vitest';
import { stepWindow, type WindowState } from '../../src/rate-limit/fixed-window.ts';
import { createRateLimiter } from '../../src/rate-limit/rate-limiter.ts';

const rule = { limit: 3, windowMs: 60_000 };

function run(times: number[]): string[] {
  let state: WindowState | undefined;
  return times.map((t) => {
    const step = stepWindow(state, t, rule);
    state = step.state;
    return step.verdict;
  });
}

describe('per-user fixed window', () => {
  it('answers the first `limit` messages, sends the notice once, then stays silent for the rest of the window', () => {
    expect(run([0, 1, 2, 3, 4, 5])).toEqual(['allow', 'allow', 'allow', 'notify', 'drop', 'drop']);
  });

  it('answers again once the window has ended', () => {
    expect(run([0, 1, 2, 3, 4, 60_000, 60_001])).toEqual(['allow', 'allow', 'allow', 'notify', 'drop', 'allow', 'allow']);
  });

  it('opens a new window rather than blocking a user when the clock goes backwards', () => {
    expect(run([10_000, 10_001, 10_002, 10_003, 5_000])).toEqual(['allow', 'allow', 'allow', 'notify', 'allow']);
  });
});

describe('rate limiter', () => {
  it('counts each user separately', () => {
    const limiter = createRateLimiter({ ...rule, maxUsers: 100, nowMs: () => 0 });
    for (let i = 0; i < 3; i++) expect(limiter.check('u_alice')).toBe('allow');
    expect(limiter.check('u_alice')).toBe('notify');
    expect(limiter.check('u_bob')).toBe('allow');
  });

  it('uses the clock it is given', () => {
    let now = 0;
    const limiter = createRateLimiter({ ...rule, maxUsers: 100, nowMs: () => now });
    for (let i = 0; i < 4; i++) limiter.check('u_alice');
    expect(limiter.check('u_alice')).toBe('drop');
    now = 60_000;
    expect(limiter.check('u_alice')).toBe('allow');
  });

  it('stays bounded: when full it forgets the oldest window first', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, maxUsers: 2, nowMs: () => 0 });
    limiter.check('u_a');
    limiter.check('u_b');
    limiter.check('u_c'); // u_a's window is forgotten
    expect(limiter.check('u_a')).toBe('allow');
    expect(limiter.check('u_c')).toBe('notify');
  });
});
