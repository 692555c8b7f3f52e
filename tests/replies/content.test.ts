import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NATIONAL_CONTACT_IDS, isLocalContactId } from '../../src/contacts/contact-ids.ts';
import { DataFileError } from '../../src/data/data-file-error.ts';
import { INTENT_IDS } from '../../src/nlu/intent-ids.ts';
import { checkReplyContent, loadReplyContent } from '../../src/content/load-reply-content.ts';
import { DATA_DIR } from '../../src/runtime/project-paths.ts';
import { knowledge } from './fixtures.ts';
import { RETIRED_NUMBERS, TAXONOMY_CONTACTS } from './taxonomy-contacts.ts';
import { testTempDir } from '../support/temp-dir.ts';

const k = knowledge();
const nationalIds = new Set<string>(NATIONAL_CONTACT_IDS);

/** A throw-away copy of data/ with one reply file rewritten. */
function brokenCopy(relPath: string, edit: (text: string) => string): string {
  const dir = testTempDir('replies-data');
  cpSync(DATA_DIR, dir, { recursive: true });
  const path = join(dir, relPath);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`test setup: edit of ${relPath} changed nothing`);
  writeFileSync(path, after);
  return dir;
}

function loadError(dir: string): DataFileError {
  try {
    loadReplyContent(dir, nationalIds);
  } catch (err) {
    if (err instanceof DataFileError) return err;
    throw err;
  }
  throw new Error('expected a DataFileError');
}

describe('reply content (data/replies)', () => {
  it('has content for every intent of the taxonomy', () => {
    expect([...k.replies.intents.keys()].sort()).toEqual([...INTENT_IDS].sort());
    expect(checkReplyContent(DATA_DIR, nationalIds)).toEqual([]);
  });

  it('names only contacts that exist', () => {
    for (const [id, content] of k.replies.intents) {
      for (const c of content.contacts) expect(nationalIds.has(c) || isLocalContactId(c), `${id}: ${c}`).toBe(true);
    }
  });

  it('lists the taxonomy contacts first, in the taxonomy order', () => {
    for (const [intent, expected] of Object.entries(TAXONOMY_CONTACTS)) {
      const content = k.replies.intents.get(intent as never);
      expect(content?.contacts.slice(0, expected.length), intent).toEqual(expected);
    }
  });

  it('lists every national contact under faq.contacts', () => {
    const listed = k.replies.intents.get('faq.contacts')?.contacts ?? [];
    for (const id of NATIONAL_CONTACT_IDS) expect(listed, id).toContain(id);
  });

  it('gives scam intents a scam verdict and 2–4 steps everywhere', () => {
    for (const [id, content] of k.replies.intents) {
      if (id.startsWith('scam.')) expect(content.verdict, id).toBe('scam');
      expect(content.steps.length).toBeGreaterThanOrEqual(2);
      expect(content.steps.length).toBeLessThanOrEqual(4);
    }
  });

  it('answers the foreign-language question in English, Chinese and Korean too', () => {
    const langs = k.replies.intents.get('faq.foreign_language')?.translations.map((t) => t.lang);
    expect(langs).toEqual(expect.arrayContaining(['en', 'zh', 'ko']));
  });

  it('never carries a retired number', () => {
    const dir = join(DATA_DIR, 'replies');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'));
    for (const f of files) {
      const digits = readFileSync(join(dir, f), 'utf8').replace(/[^0-9]/g, ' ').replace(/ /g, '');
      const text = readFileSync(join(dir, f), 'utf8').replace(/[-‐－ ]/g, '');
      for (const n of RETIRED_NUMBERS) expect(text.includes(n) || digits.includes(n), `${f}: ${n}`).toBe(false);
    }
  });

  it('rejects a missing intent file, naming it', () => {
    const dir = brokenCopy('replies/intents/faq.fees.yaml', () => '');
    const err = loadError(dir);
    expect(err.file).toContain('faq.fees.yaml');
  });

  it('rejects an unknown contact, naming file, field and value', () => {
    const dir = brokenCopy('replies/intents/scam.phishing.yaml', (t) => t.replace('antiphishing_report]', 'anti_phishing]'));
    const err = loadError(dir);
    expect(err.file).toContain('scam.phishing.yaml');
    expect(err.message).toMatch(/contacts\[2\].*anti_phishing/);
  });

  it('rejects a link that is not a government site', () => {
    const dir = brokenCopy('replies/intents/scam.phishing.yaml', (t) => t.replace('https://myna.go.jp/', 'https://myna-go.jp.example.com/'));
    const err = loadError(dir);
    expect(err.message).toMatch(/links\[1\]\.url.*myna-go\.jp\.example\.com/);
  });

  it('rejects a chip label longer than LINE shows', () => {
    const dir = brokenCopy('replies/intents/faq.fees.yaml', (t) => t.replace(/^chip: .*$/m, `chip: ${'あ'.repeat(21)}`));
    expect(loadError(dir).message).toMatch(/chip/);
  });

  it('rejects a template that lost its placeholder', () => {
    const dir = brokenCopy('replies/texts.yaml', (t) => t.replace('callButton: "{number}に電話"', 'callButton: "電話する"'));
    const err = loadError(dir);
    expect(err.file).toContain('texts.yaml');
    expect(err.message).toMatch(/contactCard\.callButton.*\{number\}/);
  });

  it('rejects a menu button pointing to no menu', () => {
    const dir = brokenCopy('replies/menus.yaml', (t) => t.replace('{ menu: faq, label: よくある質問 }', '{ menu: faqs, label: よくある質問 }'));
    expect(loadError(dir).message).toMatch(/menus\.main\.items\[3\]\.menu.*faqs/);
  });

  it('rejects a guided-check rule naming an option that does not exist', () => {
    const dir = brokenCopy('replies/guided-check.yaml', (t) => t.replace('- when: { what: [link] }', '- when: { what: [links] }'));
    const err = loadError(dir);
    expect(err.file).toContain('guided-check.yaml');
    expect(err.message).toMatch(/rules\[1\]\.when\.what\[0\].*links/);
  });

  it('rejects a guided check without a final fallback rule', () => {
    const dir = brokenCopy('replies/guided-check.yaml', (t) => t.replace('  - intent: scam.fake_official_call\n', '  - when: { how: [phone] }\n    intent: scam.fake_official_call\n'));
    expect(loadError(dir).message).toMatch(/rules\[\d+\].*last rule must have no `when`/);
  });

  it('rejects a guided-check option id that cannot travel in postback data', () => {
    const dir = brokenCopy('replies/guided-check.yaml', (t) => t.replace('- id: phone', '- id: Phone Call'));
    expect(loadError(dir).message).toMatch(/questions\.how\.options\[(0|id: [^\]]+)\]\.id/);
  });

  it('rejects a group detail request that lost its {topic}', () => {
    const dir = brokenCopy('replies/groups.yaml', (t) => t.replace('detailRequest: "詳しく教えてください：{topic}"', 'detailRequest: "詳しく教えてください"'));
    const err = loadError(dir);
    expect(err.file).toContain('groups.yaml');
    expect(err.message).toMatch(/reply\.detailRequest.*\{topic\}/);
  });

  it('rejects a family forward message with an unknown placeholder', () => {
    const dir = brokenCopy('replies/family.yaml', (t) => t.replace('{plain}へ', '{parent}へ'));
    const err = loadError(dir);
    expect(err.file).toContain('family.yaml');
    expect(err.message).toMatch(/forward\.text.*\{parent\}/);
  });

  it('rejects an urgency pattern that repeats without a bound (it runs on every urgent message; issue 17)', () => {
    const dir = brokenCopy('replies/urgency.yaml', (t) => t.replace('paid:\n', 'paid:\n  - "(払|はら).*(った)"\n'));
    expect(loadError(dir).message).toMatch(/paid\[0\][\s\S]*上限/);
  });

  it('rejects an urgency pattern that is not a regular expression', () => {
    const dir = brokenCopy('replies/urgency.yaml', (t) => t.replace('paid:\n', 'paid:\n  - "(unclosed"\n'));
    expect(loadError(dir).message).toMatch(/paid\[0\].*regular expression/);
  });
});

describe('source code of decide, replies and richmenu', () => {
  it('holds no Japanese words outside comments (all words live in data/)', () => {
    const root = join(DATA_DIR, '..', 'src');
    const offenders: string[] = [];
    for (const folder of ['decide', 'replies', 'richmenu', 'cli/richmenu.ts']) {
      const path = join(root, folder);
      const files = folder.endsWith('.ts') ? [path] : readdirSync(path, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => join(path, f));
      for (const file of files) {
        let code: string;
        try {
          code = readFileSync(file, 'utf8');
        } catch {
          continue;
        }
        const stripped = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
        if (/[\u3040-\u30ff\u4e00-\u9fff]/u.test(stripped)) offenders.push(file);
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('checkReplyData (for npm run check-data)', () => {
  it('passes on the real data and names a broken rich-menu tile', async () => {
    const { checkReplyData } = await import('../../src/cli/check-reply-data.ts');
    expect(checkReplyData(DATA_DIR)).toEqual([]);
    const dir = brokenCopy('richmenu/richmenu.yaml', (t) => t.replace('target: { guide: forward }', 'target: { guide: forwarding }'));
    const errors = checkReplyData(dir);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/areas\[4\]\.target\.guide.*forwarding/);
  });
});
