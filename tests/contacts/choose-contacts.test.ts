import { describe, expect, it } from 'vitest';
import { chooseContacts, type ContactChoice } from '../../src/contacts/choose-contacts.ts';
import { loadContactDirectory } from '../../src/contacts/contact-directory.ts';
import { loadAlternatives } from '../../src/contacts/load-alternatives.ts';
import { jst } from '../hours/fixtures.ts';
import { DATA_DIR } from './helpers.ts';

const alternatives = loadAlternatives(DATA_DIR);
const national = loadContactDirectory(DATA_DIR, null);
const shiki = loadContactDirectory(DATA_DIR, 'shiki');

/** `id` or `id→replaced` for each shown contact, as a compact picture of the reply's list. */
function shown(choices: ContactChoice[]): string[] {
  return choices.map((c) => (c.replaces ? `${c.contact.id}→${c.replaces}` : c.contact.id));
}

describe('chooseContacts', () => {
  it('keeps the requested contacts in order when they are open', () => {
    const choices = chooseContacts(
      ['police_consultation', 'consumer_hotline', 'mynumber_freedial'],
      { intent: 'scam.fake_official_call', urgent: false },
      shiki,
      alternatives,
      jst('2026-11-24T10:30'),
    );
    expect(shown(choices)).toEqual(['police_consultation', 'consumer_hotline', 'mynumber_freedial']);
    expect(choices.every((c) => c.status.open)).toBe(true);
  });

  it('offers the 24-hour card suspension when a card is lost at night', () => {
    const choices = chooseContacts(['mynumber_freedial'], { intent: 'faq.lost_card', urgent: false }, national, alternatives, jst('2026-11-24T23:00'));
    expect(shown(choices)).toEqual(['mynumber_freedial', 'mynumber_card_suspension→mynumber_freedial']);
    expect(choices[0]?.status.nextOpen).toEqual(jst('2026-11-25T09:30'));
    expect(choices[1]?.status.alwaysOpen).toBe(true);
  });

  it('offers the card suspension over the year end too', () => {
    const choices = chooseContacts(['mynumber_freedial'], { intent: 'faq.lost_card', urgent: false }, national, alternatives, jst('2027-01-01T10:00'));
    expect(shown(choices)).toEqual(['mynumber_freedial', 'mynumber_card_suspension→mynumber_freedial']);
  });

  it('does not offer the suspension line for a general question at night', () => {
    const choices = chooseContacts(['mynumber_freedial'], { intent: 'faq.fees', urgent: false }, national, alternatives, jst('2026-11-24T23:00'));
    expect(shown(choices)).toEqual(['mynumber_freedial']);
  });

  it('offers the prefectural police HQ when #9110 is closed at night', () => {
    const choices = chooseContacts(['police_consultation', 'consumer_hotline'], { intent: 'scam.leak_threat', urgent: false }, shiki, alternatives, jst('2026-11-24T21:00'));
    expect(shown(choices).slice(0, 2)).toEqual(['police_consultation', 'local_police_hq→police_consultation']);
    expect(choices[1]?.contact.name).toBe('埼玉県警察本部');
  });

  it('offers nothing instead of #9110 at night without a deployment unless it is urgent', () => {
    const calm = chooseContacts(['police_consultation'], { intent: 'scam.name_lending', urgent: false }, national, alternatives, jst('2026-11-24T21:00'));
    expect(shown(calm)).toEqual(['police_consultation']);
    const urgent = chooseContacts(['police_consultation'], { intent: 'scam.name_lending', urgent: true }, national, alternatives, jst('2026-11-24T21:00'));
    expect(shown(urgent)).toEqual(['police_consultation', 'police_emergency→police_consultation']);
  });

  it('does not show 110 twice when the reply already lists it (scammer at the door at night)', () => {
    const choices = chooseContacts(
      ['police_consultation', 'police_emergency', 'consumer_hotline'],
      { intent: 'scam.fake_official_visit', urgent: true },
      national,
      alternatives,
      jst('2026-11-24T21:00'),
    );
    expect(shown(choices)).toEqual(['police_consultation', 'police_emergency', 'consumer_hotline']);
  });

  it('offers the police when 188 is closed over the year end', () => {
    // 12/30 (Wed) is a weekday for #9110 (no year-end rule in the spec): it stands in.
    const weekday = chooseContacts(['consumer_hotline'], { intent: 'scam.sales_pitch', urgent: false }, shiki, alternatives, jst('2026-12-30T11:00'));
    expect(shown(weekday)).toEqual(['consumer_hotline', 'police_consultation→consumer_hotline']);
    // On 元日 #9110 is closed too, so the 24-hour police HQ stands in.
    const newYear = chooseContacts(['consumer_hotline'], { intent: 'scam.sales_pitch', urgent: false }, shiki, alternatives, jst('2027-01-01T11:00'));
    expect(shown(newYear)).toEqual(['consumer_hotline', 'local_police_hq→consumer_hotline']);
  });

  it('leads to 110 when 188 is closed and the case is urgent', () => {
    const choices = chooseContacts(['consumer_hotline'], { intent: 'scam.fee_demand', urgent: true }, national, alternatives, jst('2026-12-30T11:00'));
    expect(shown(choices)).toEqual(['consumer_hotline', 'police_emergency→consumer_hotline']);
  });

  it('gives 188 no stand-in on a weekday without a deployment (hours unknown, not closed)', () => {
    const choices = chooseContacts(['consumer_hotline'], { intent: 'scam.sales_pitch', urgent: false }, national, alternatives, jst('2026-11-24T21:00'));
    expect(shown(choices)).toEqual(['consumer_hotline']);
    expect(choices[0]?.status.known).toBe(false);
  });

  it('shows 188 with the local centre hours in 志木市 (closed over lunch)', () => {
    const choices = chooseContacts(['consumer_hotline'], { intent: 'scam.unpaid_lawsuit', urgent: false }, shiki, alternatives, jst('2026-11-24T12:30'));
    expect(choices[0]?.status).toMatchObject({ open: false, known: true, nextOpen: jst('2026-11-24T13:00') });
  });

  it('skips a local contact the deployment does not have', () => {
    const shimada = loadContactDirectory(DATA_DIR, 'shimada');
    const choices = chooseContacts(['local_consumer_center', 'mynumber_freedial', 'local_city_office'], { intent: 'faq.contacts', urgent: false }, shimada, alternatives, jst('2026-11-24T10:00'));
    expect(shown(choices)).toEqual(['mynumber_freedial', 'local_city_office']);
    expect(shown(chooseContacts(['local_city_office'], { intent: 'faq.misregistration', urgent: false }, national, alternatives, jst('2026-11-24T10:00')))).toEqual([]);
  });

  it('throws on a national contact ID that does not exist', () => {
    expect(() => chooseContacts(['no_such_line'], { intent: 'faq.contacts', urgent: false }, national, alternatives, jst('2026-11-24T10:00'))).toThrow(/no_such_line/);
  });
});
