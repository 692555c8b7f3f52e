import { describe, expect, it } from 'vitest';
import { fastestCpuMs, realCheckData, realChecker } from './helpers.ts';

const checker = realChecker();

/** Every way a resident may write `display` (a number such as 0120-95-0178). */
function writtenForms(display: string): string[] {
  const digits = display.replaceAll('-', '');
  const groups = display.split('-');
  const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replaceAll('-', '－');
  const forms = [display, digits, groups.join(' '), groups.join('.'), fullWidth(display), groups.join('ー'), `tel:${digits}`];
  if (groups.length === 3) forms.push(`(${groups[0]}) ${groups[1]}-${groups[2]}`, `${groups[0]}(${groups[1]})${groups[2]}`);
  if (digits.startsWith('0')) forms.push(`+81 ${digits.slice(1, 4)} ${digits.slice(4)}`, `+81-${groups[0]!.slice(1)}-${groups.slice(1).join('-')}`, `＋８１${fullWidth(digits.slice(1))}`);
  return forms;
}

describe('the number check', () => {
  const directory = [...realCheckData().numbers.byNumber.values()];

  it('holds every number of contacts.yaml, the deployments and official-numbers.yaml', () => {
    const ids = new Set(directory.map((n) => n.contactId));
    for (const id of ['mynumber_freedial', 'mynumber_freedial_foreign', 'consumer_hotline', 'police_consultation', 'police_emergency', 'ppc_mynumber_complaints', 'intl_call_block', 'local_city_office', 'local_police_hq', 'nenkin_dial', 'kokusen_lunch_line']) {
      expect(ids, id).toContain(id);
    }
  });

  it('names each official number as official in every written form', () => {
    for (const entry of directory) {
      if (!/^0\d/.test(entry.display)) continue;
      for (const form of writtenForms(entry.display)) {
        const result = checker.check(`この番号から電話がありました ${form} 本物ですか`);
        expect(result.numbers, form).toHaveLength(1);
        expect(result.numbers[0], form).toMatchObject({ verdict: 'official', normalized: entry.display.replaceAll('-', '') });
        expect(result.numbers[0]!.official?.contactId, form).toBe(entry.contactId);
      }
    }
  });

  it('reads #9110, 188 and 110 when written as numbers to call, not every 110 in a sentence', () => {
    expect(checker.check('#9110').numbers[0]).toMatchObject({ normalized: '#9110', verdict: 'official' });
    expect(checker.check('＃９１１０に相談').numbers[0]?.official?.contactId).toBe('police_consultation');
    expect(checker.check('tel:%239110').numbers[0]?.normalized).toBe('#9110');
    expect(checker.check('188に電話しました').numbers[0]?.official?.contactId).toBe('consumer_hotline');
    expect(checker.check('すぐ110番').numbers[0]?.official?.contactId).toBe('police_emergency');
    expect(checker.check('188').numbers[0]?.official?.contactId).toBe('consumer_hotline');
    expect(checker.check('110円のお菓子を188個買った').numbers).toEqual([]);
  });

  it('says an unknown domestic number is not confirmed (never official)', () => {
    for (const form of ['090-1234-5678', '03-1234-5678', '0120-111-222', '050 1111 2222']) {
      const [n] = checker.check(`${form} から電話`).numbers;
      expect(n, form).toMatchObject({ verdict: 'unknown', official: null });
    }
  });

  it('marks numbers from abroad in several formats as international', () => {
    const cases: [string, string][] = [
      ['+1 202-555-0143', '+12025550143'],
      ['+44 20 7946 0018', '+442079460018'],
      ['＋４４（２０）７９４６－００１８', '+442079460018'],
      ['+1(800)555-0199', '+18005550199'],
      ['010-1-202-555-0143', '+12025550143'],
      ['010 44 20 7946 0018', '+442079460018'],
      ['+886 2 1234 5678', '+886212345678'],
    ];
    for (const [form, normalized] of cases) {
      const [n] = checker.check(`着信 ${form} がありました`).numbers;
      expect(n, form).toMatchObject({ verdict: 'international', normalized });
    }
    expect(checker.check('「通知不可能」と出た電話').numbers[0]).toMatchObject({ verdict: 'international', form: 'caller_id_abroad', normalized: '' });
    expect(checker.check('非通知の電話').numbers[0]).toMatchObject({ verdict: 'unknown', form: 'withheld' });
  });

  it('keeps +81 numbers domestic', () => {
    expect(checker.check('+81 90 1234 5678').numbers[0]).toMatchObject({ verdict: 'unknown', normalized: '09012345678' });
    expect(checker.check('+81 (0)3 6457 9585').numbers[0]).toMatchObject({ verdict: 'official', normalized: '0364579585' });
  });

  it('finds two numbers side by side, each once, in order', () => {
    const r = checker.check('0120-95-0178 050-3818-1250 0120-95-0178');
    expect(r.numbers.map((n) => n.normalized)).toEqual(['0120950178', '05038181250']);
  });

  it('never returns a My Number, a date, a time or an amount as a phone number', () => {
    for (const text of ['私の番号は 1234 5678 9018 です', '0123 4567 8901', '0101 2345 6789', '0101-2345-6789', '012345678901', '2024-12-27', '09:30-20:00', '10,000円', '〒353-8501']) {
      expect(checker.check(text).numbers, text).toEqual([]);
    }
  });

  it('does not read the digits of a link as a phone number', () => {
    expect(checker.check('https://example.com/0120950178').numbers).toEqual([]);
  });

  it('stays fast on 5,000 characters of one repeated character (or pair)', () => {
    for (const ch of ['0', '1', '-', ' ', '+', '#', '(', 'あ', 'a', '.', '/', '通', '0 ', '1-', '(0', '+1 ', '０－']) {
      const text = ch.repeat(Math.ceil(5000 / ch.length)).slice(0, 5000);
      expect(fastestCpuMs(() => checker.check(text)), JSON.stringify(ch)).toBeLessThan(100);
    }
  });
});

describe('a number after something that is not one', () => {
  it('is still found after a My Number, without the My Number', () => {
    const r = realChecker().check('123456789018 0120-95-0178');
    expect(r.numbers.map((n) => n.text)).toEqual(['0120-95-0178']);
  });
});

describe('brackets and repeats', () => {
  it('leaves out the bracket of the sentence around a number', () => {
    const [n] = realChecker().check('フリーダイヤル（0120-95-0178）へ').numbers;
    expect(n).toMatchObject({ text: '0120-95-0178', verdict: 'official' });
    expect(realChecker().check('(03) 6457-9585').numbers[0]?.text).toBe('(03) 6457-9585');
  });

  it('stays fast on a short number repeated over 5,000 characters', () => {
    for (const unit of ['110 ', '188番 ', '#9110 ', '0120-95-0178 ']) {
      const text = unit.repeat(Math.ceil(5000 / unit.length)).slice(0, 5000);
      const c = realChecker();
      expect(fastestCpuMs(() => c.check(text)), unit).toBeLessThan(100);
      expect(c.check(text).numbers.length, unit).toBeLessThanOrEqual(1);
    }
  });
});
