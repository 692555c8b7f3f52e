import { describe, expect, it } from 'vitest';
import { checkContactData } from '../../src/contacts/check-contact-data.ts';
import { NATIONAL_CONTACT_IDS } from '../../src/contacts/contact-ids.ts';
import { loadContactDirectory } from '../../src/contacts/contact-directory.ts';
import { loadAlternatives } from '../../src/contacts/load-alternatives.ts';
import { listDeployments, loadContacts, loadDeployment } from '../../src/contacts/load-contacts.ts';
import { DataFileError } from '../../src/data/data-file-error.ts';
import { toJstIso } from '../../src/hours/jst.ts';
import { DATA_DIR, copyOfData, editFile } from './helpers.ts';

function errorOf(fn: () => unknown): DataFileError {
  try {
    fn();
  } catch (err) {
    if (err instanceof DataFileError) return err;
    throw err;
  }
  throw new Error('expected a DataFileError');
}

describe('the shipped data', () => {
  it('passes every check', () => {
    expect(checkContactData(DATA_DIR).map((e) => e.message)).toEqual([]);
  });

  it('has every national contact with a source and the verification date', () => {
    const contacts = loadContacts(DATA_DIR);
    expect(contacts.map((c) => c.id)).toEqual([...NATIONAL_CONTACT_IDS]);
    for (const c of contacts) {
      expect(c.source).toMatch(/^https:\/\//);
      // Verified when the contacts were first read from the joint notice, or later; never a future date.
      expect(c.verifiedOn >= '2026-11-23' && c.verifiedOn <= toJstIso(new Date()).slice(0, 10), `${c.id} verifiedOn ${c.verifiedOn}`).toBe(true);
      expect(c.numbers.length > 0 || c.email !== undefined).toBe(true);
    }
  });

  it('shows the free dial with its charged IP-phone fallbacks', () => {
    const freedial = loadContacts(DATA_DIR).find((c) => c.id === 'mynumber_freedial');
    expect(freedial?.numbers.map((n) => [n.display, n.tel, n.charged ?? false])).toEqual([
      ['0120-95-0178', 'tel:0120950178', false],
      ['050-3818-1250', 'tel:05038181250', true],
      ['050-3816-9405', 'tel:05038169405', true],
    ]);
    // The menu choice is named in words, not by a digit that has changed over the years.
    expect(freedial?.notes.join('')).toContain('「紛失・盗難」を選ぶ');
  });

  it('dials #9110 as tel:%239110', () => {
    const police = loadContacts(DATA_DIR).find((c) => c.id === 'police_consultation');
    expect(police?.numbers[0]).toMatchObject({ display: '#9110', tel: 'tel:%239110' });
  });

  it('ships the 志木市 and 島田市 deployments; 島田市 has no unverified consumer centre', () => {
    expect(listDeployments(DATA_DIR)).toEqual(['shiki', 'shimada']);
    const shiki = loadDeployment(DATA_DIR, 'shiki');
    expect(shiki.contacts.map((c) => c.id)).toEqual(['local_consumer_center', 'local_city_office', 'local_police_hq']);
    expect(shiki.contacts[0]?.numbers[0]).toMatchObject({ display: '048-473-1111', extension: '3200' });
    const shimada = loadDeployment(DATA_DIR, 'shimada');
    expect(shimada.contacts.map((c) => c.id)).toEqual(['local_city_office', 'local_police_hq']);
  });

  it('without a deployment exposes deployment: null and no local contact', () => {
    const dir = loadContactDirectory(DATA_DIR, null);
    expect(dir.deployment).toBeNull();
    expect([...dir.contacts.keys()].filter((id) => id.startsWith('local_'))).toEqual([]);
  });

  it('with 志木市, 188 shows the local centre hours', () => {
    const dir = loadContactDirectory(DATA_DIR, 'shiki');
    expect(dir.deployment).toEqual({ id: 'shiki', name: '志木市', prefecture: '埼玉県' });
    const hotline = dir.contacts.get('consumer_hotline');
    expect(hotline?.hoursFrom).toBe('local_consumer_center');
    expect(hotline?.hoursText).toContain('平日 10:00〜12:00、13:00〜16:00');
    expect(hotline?.numbers[0]?.display).toBe('188');
  });
});

describe('loadDeployment errors', () => {
  it('names the file and lists the available deployments when it does not exist', () => {
    const err = errorOf(() => loadDeployment(DATA_DIR, 'kawagoe'));
    expect(err.file).toMatch(/deployments[/\\]kawagoe\.yaml$/);
    expect(err.message).toContain('あるもの: shiki, shimada');
  });

  it('reports a misspelt key (hous:) with the file and field', () => {
    const dir = copyOfData();
    editFile(dir, 'deployments/shiki.yaml', (t) => t.replace('local_city_office:\n  name: 志木市役所 市民課（マイナンバーカードの窓口）\n  numbers:', 'local_city_office:\n  name: 志木市役所 市民課（マイナンバーカードの窓口）\n  hous: {}\n  numbers:'));
    const err = errorOf(() => loadDeployment(dir, 'shiki'));
    expect(err.file).toMatch(/shiki\.yaml$/);
    expect(err.issues.some((i) => i.path === 'local_city_office' && i.message.includes('hous'))).toBe(true);
  });

  it('reports a time that does not exist (25:00) with its field path and value', () => {
    const dir = copyOfData();
    editFile(dir, 'deployments/shiki.yaml', (t) => t.replace('"13:00-16:00"', '"13:00-25:00"'));
    const err = errorOf(() => loadDeployment(dir, 'shiki'));
    expect(err.issues).toContainEqual(expect.objectContaining({ path: 'local_consumer_center.hours.weekday[1]' }));
    expect(err.message).toMatch(/25:00/);
  });

  it('reports an interval that ends before it starts', () => {
    const dir = copyOfData();
    editFile(dir, 'deployments/shiki.yaml', (t) => t.replace('"08:30-17:15"', '"17:15-08:30"'));
    expect(errorOf(() => loadDeployment(dir, 'shiki')).message).toContain('始まり 17:15 が終わり 08:30 より前ではありません');
  });

  it('reports a tel link that does not dial the displayed number', () => {
    const dir = copyOfData();
    editFile(dir, 'deployments/shiki.yaml', (t) => t.replace('tel: tel:0488320110', 'tel: tel:0488320111'));
    const err = errorOf(() => loadDeployment(dir, 'shiki'));
    expect(err.issues).toContainEqual(expect.objectContaining({ path: 'local_police_hq.numbers[0].tel' }));
    expect(err.message).toContain('tel:0488320110');
  });

  it('reports a verification date that is not a real date', () => {
    const dir = copyOfData();
    editFile(dir, 'deployments/shimada.yaml', (t) => t.replace('verifiedOn: "2026-11-23"', 'verifiedOn: "2026-02-30"'));
    expect(errorOf(() => loadDeployment(dir, 'shimada')).issues[0]).toMatchObject({ path: 'local_city_office.verifiedOn' });
  });

  it('requires the id inside the file to match the file name', () => {
    const dir = copyOfData();
    editFile(dir, 'deployments/shimada.yaml', (t) => t.replace('id: shimada', 'id: shiki'));
    expect(errorOf(() => loadDeployment(dir, 'shimada')).issues[0]).toMatchObject({ path: 'id' });
  });
});

describe('contacts.yaml and alternatives.yaml errors', () => {
  it('reports a missing national contact', () => {
    const dir = copyOfData();
    editFile(dir, 'contacts.yaml', (t) => t.replace('id: intl_call_block', 'id: intl_call_blocker'));
    expect(errorOf(() => loadContacts(dir)).message).toContain('連絡先「intl_call_block」がありません');
  });

  it('reports an alternative that names no existing contact', () => {
    const dir = copyOfData();
    editFile(dir, 'alternatives.yaml', (t) => t.replace('fallbacks: [mynumber_card_suspension]', 'fallbacks: [mynumber_card_suspention]'));
    const err = errorOf(() => loadAlternatives(dir));
    expect(err.file).toMatch(/alternatives\.yaml$/);
    expect(err.issues[0]).toMatchObject({ path: 'alternatives[0].fallbacks[0]' });
    expect(err.message).toContain('mynumber_card_suspention');
  });

  it('reports a misspelt placeholder in the hours words, naming the field and the allowed ones', () => {
    const dir = copyOfData();
    editFile(dir, 'hours-text.yaml', (t) => t.replace('受付中（{closesAt}まで）', '受付中（{closesAt}まで、{closeAt}）'));
    const err = errorOf(() => checkContactData(dir).forEach((e) => { throw e; }));
    expect(err.file).toMatch(/hours-text\.yaml$/);
    expect(err.message).toMatch(/open[\s\S]*\{closeAt\} は使えません（使えるもの: \{closesAt\}）/);
  });

  it('check-data collects the errors of every broken file', () => {
    const dir = copyOfData();
    editFile(dir, 'deployments/shiki.yaml', (t) => t.replace('alwaysOpen: true', 'alwaysOpen: yes please'));
    editFile(dir, 'hours-text.yaml', (t) => t.replace('受付中（{closesAt}まで）', '受付中'));
    const files = checkContactData(dir).map((e) => e.file);
    expect(files.some((f) => f.endsWith('shiki.yaml'))).toBe(true);
    expect(files.some((f) => f.endsWith('hours-text.yaml'))).toBe(true);
  });
});

describe('data errors an operator can act on (#17 item 16)', () => {
  it('names a contact by its id, in Japanese, with the value', () => {
    const dir = copyOfData();
    editFile(dir, 'contacts.yaml', (t) => t.replace('tel: tel:0120210364', 'tel: tel:0120210365'));
    const err = errorOf(() => loadContacts(dir));
    expect(err.issues[0]!.path).toBe('contacts[id: intl_call_block].numbers[0].tel');
    expect(err.message).not.toMatch(/contacts\[\d+\]/);
    expect(err.message).toContain('データファイル');
    expect(err.message).toContain('"tel:0120210365"');
    expect(err.issues[0]!.message).toMatch(/[\u3040-\u30ff]/);
  });

  it('accepts 9:30 (one-digit hour) as 09:30', () => {
    const dir = copyOfData();
    editFile(dir, 'contacts.yaml', (t) => t.replace('weekday: ["09:30-17:30"]', 'weekday: ["9:30-17:30"]'));
    const ppc = loadContacts(dir).find((c) => c.id === 'ppc_mynumber_complaints')!;
    expect(ppc.hours.weekday).toEqual(['9:30-17:30']);
  });

  it('a YAML syntax error: the line, in Japanese, with no dangling colon', () => {
    const dir = copyOfData();
    editFile(dir, 'hours-text.yaml', (t) => `${t}\nbroken: [1, 2\n`);
    const err = errorOf(() => checkContactData(dir).forEach((e) => { throw e; }));
    expect(err.issues[0]!.path).toMatch(/^\d+行目$/);
    expect(err.issues[0]!.message).toContain('YAMLの書き方に誤りがあります');
    expect(err.issues[0]!.message).not.toMatch(/:\s*$/);
    expect(err.message.split('\n').every((l) => !/:\s*$/.test(l) || l.startsWith('データファイル'))).toBe(true);
  });

  it("zod's own messages (an unknown key) are in Japanese too", () => {
    const dir = copyOfData();
    editFile(dir, 'contacts.yaml', (t) => t.replace('  - id: police_emergency\n', '  - id: police_emergency\n    nmae: 警察\n'));
    const err = errorOf(() => loadContacts(dir));
    expect(err.issues[0]).toMatchObject({ path: 'contacts[id: police_emergency]' });
    expect(err.issues[0]!.message).toContain('nmae');
    expect(err.issues[0]!.message).toMatch(/[\u3040-\u30ff]/);
  });
});
