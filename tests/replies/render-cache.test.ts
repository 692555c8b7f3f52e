import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../src/runtime/project-paths.ts';
import { INTENT_IDS } from '../../src/nlu/intent-ids.ts';
import { render } from '../../src/replies/render.ts';
import { RENDER_CACHE_ENTRIES, decisionKey, renderCached } from '../../src/replies/render-cache.ts';
import { AT, SAMPLE_RED_FLAGS, classified, decideText, jst, knowledge } from './fixtures.ts';

const DEPLOYMENTS = [null, 'shiki'] as const;

describe('render cache', () => {
  it('answers exactly what render answers, for every intent, flag and deployment', () => {
    for (const deployment of DEPLOYMENTS) {
      for (const intent of INTENT_IDS) {
        for (const flags of [[], ['urgent'], ['contains_my_number']] as const) {
          for (const at of Object.values(AT)) {
            const d = decideText('文面', classified(intent, [...flags], SAMPLE_RED_FLAGS), at, deployment)!;
            // Replies are plain JSON: comparing their serialisations is as strict as toEqual (key order too) and far quicker over thousands.
            expect(JSON.stringify(renderCached(d, knowledge(deployment))), `${intent} ${flags.join()} ${at.toISOString()}`).toBe(JSON.stringify(render(d, knowledge(deployment))));
          }
        }
      }
    }
  });

  it('is right at every minute where opening hours change (and either side), and every quarter hour, of a weekday and a Saturday, whatever the second', () => {
    // The minutes at which a reply can change: every opening and closing time in the contacts'
    // hours ("09:30-17:30" in data/contacts.yaml and the deployments), the minute before and
    // the minute after. Every minute of the two days (2,880) cost ~8 s of CPU for the same cases.
    const files = [join(DATA_DIR, 'contacts.yaml'), ...readdirSync(join(DATA_DIR, 'deployments')).map((f) => join(DATA_DIR, 'deployments', f))];
    const changes = new Set<number>();
    for (const file of files) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\b([0-2]\d):([0-5]\d)-([0-2]\d):([0-5]\d)\b/g)) {
        changes.add(Number(m[1]) * 60 + Number(m[2]));
        changes.add(Number(m[3]) * 60 + Number(m[4]));
      }
    }
    expect(changes.has(17 * 60 + 15)).toBe(true); // a time that is not on a quarter hour is among them
    const minutes = new Set<number>();
    for (let minute = 0; minute < 24 * 60; minute += 15) minutes.add(minute);
    for (const c of changes) for (const m of [c - 1, c, c + 1]) if (m >= 0 && m < 24 * 60) minutes.add(m);
    for (const day of ['2026-12-01', '2026-12-05']) {
      for (const minute of minutes) {
        const hh = String(Math.floor(minute / 60)).padStart(2, '0');
        const mm = String(minute % 60).padStart(2, '0');
        const start = jst(`${day}T${hh}:${mm}`);
        // The reply is cached when the minute is seen at its last millisecond; seen again at its
        // first, the cache must answer what render answers then. (A miss is render itself, so
        // comparing the first look too would test nothing.)
        const late = decideText('文面', classified('faq.contacts'), new Date(start.getTime() + 59_999), 'shiki')!;
        renderCached(late, knowledge('shiki'));
        const early = decideText('文面', classified('faq.contacts'), start, 'shiki')!;
        expect(JSON.stringify(renderCached(early, knowledge('shiki'))), start.toISOString()).toBe(JSON.stringify(render(early, knowledge('shiki'))));
      }
    }
  });

  it('shares one frozen reply among the events of a minute, and not with the next minute', () => {
    const k = knowledge('shiki');
    const first = decideText('文面', classified('scam.phishing'), jst('2026-12-01T10:15'), 'shiki')!;
    const later = decideText('文面', classified('scam.phishing'), new Date(jst('2026-12-01T10:15').getTime() + 42_000), 'shiki')!;
    const next = decideText('文面', classified('scam.phishing'), jst('2026-12-01T10:16'), 'shiki')!;
    const reply = renderCached(first, k);
    expect(renderCached(later, k)).toBe(reply);
    expect(renderCached(next, k)).not.toBe(reply);
    expect(Object.isFrozen(reply[0])).toBe(true);
    expect(() => {
      (reply[0] as { altText?: string }).altText = 'changed';
    }).toThrow(TypeError);
  });

  it('keys contacts by ID and instants by minute, and tells different warning signs apart', () => {
    const k = knowledge('shiki');
    const d = decideText('文面', classified('scam.phishing', [], SAMPLE_RED_FLAGS), AT.weekdayAfternoon, 'shiki')!;
    const key = decisionKey(d, k.directory.contacts);
    expect(key.length).toBeLessThan(2000);
    expect(key).toContain(`"@${Math.floor(AT.weekdayAfternoon.getTime() / 60_000)}"`);
    expect(key).toMatch(/"contact":"#[a-z_0-9]+"/);
    const fewer = decideText('文面', classified('scam.phishing', [], SAMPLE_RED_FLAGS.slice(0, 1)), AT.weekdayAfternoon, 'shiki')!;
    expect(decisionKey(fewer, k.directory.contacts)).not.toBe(key);
    expect(renderCached(fewer, k)).toEqual(render(fewer, k));
  });

  it('stays right when more distinct replies come than it keeps', () => {
    const k = knowledge(null);
    const instants = Array.from({ length: RENDER_CACHE_ENTRIES + 20 }, (_, i) => new Date(AT.weekdayAfternoon.getTime() + i * 60_000));
    for (const round of [0, 1]) {
      for (const at of instants) {
        const d = decideText('文面', classified('scam.refund_atm'), at)!;
        expect(renderCached(d, k), `round ${round}`).toEqual(render(d, k));
      }
    }
  });
});
