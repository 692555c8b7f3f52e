import { join } from 'node:path';
import { DataFileError } from '../data/data-file-error.ts';
import { collectDataFileErrors } from '../data/collect-errors.ts';
import { readYamlFile } from '../data/read-yaml-file.ts';
import type { Contact } from '../contacts/contact-schema.ts';
import { listDeployments, loadContacts, loadDeployment } from '../contacts/load-contacts.ts';
import { loadSignals } from '../nlu/signals.ts';
import { EMPTY_PHISH_LIST, type CheckData, type DomainLists, type PhishList } from './check-data.ts';
import { OFFICIAL_DOMAINS_FILE, OFFICIAL_NUMBERS_FILE, officialDomainsFileSchema, officialNumbersFileSchema } from './check-data-schema.ts';
import { buildNumberDirectory, normaliseDisplay, type ContactGroup } from './number-directory.ts';
import { CHECK_TEXTS_FILE, checkTextsSchema } from '../content/checks-schema.ts';
import type { NumberReading } from './phone-numbers.ts';

/**
 * Loads what the number and link checks read (at start-up; throws DataFileError naming file,
 * field and value): every number in contacts.yaml and in every deployment file, the curated
 * official-numbers.yaml, official-domains.yaml, and the link lists of signals.yaml.
 * `phishList` is the imported list (src/phishlist), empty when none was imported.
 */
export function loadCheckData(dataDir: string, phishList: PhishList = EMPTY_PHISH_LIST): CheckData {
  const groups: ContactGroup[] = [{ deploymentId: null, contacts: loadContacts(dataDir) }];
  for (const id of listDeployments(dataDir)) groups.push({ deploymentId: id, contacts: loadDeployment(dataDir, id).contacts });
  const curated = loadCuratedNumbers(dataDir, groups);
  groups.push({ deploymentId: null, contacts: curated.contacts });
  return { numbers: buildNumberDirectory(groups, curated.reading), domains: loadDomainLists(dataDir), phishList };
}

/**
 * Reads official-numbers.yaml: its lines as contacts and how numbers are read. A number or ID
 * already in contacts.yaml or a deployment is an error.
 */
export function loadCuratedNumbers(dataDir: string, groups: readonly ContactGroup[]): { contacts: Contact[]; reading: NumberReading } {
  const path = join(dataDir, OFFICIAL_NUMBERS_FILE);
  const file = readYamlFile(path, officialNumbersFileSchema);
  const known = new Map<string, string>();
  const ids = new Set<string>();
  for (const g of groups) {
    for (const c of g.contacts) {
      ids.add(c.id);
      for (const n of c.numbers) if (!known.has(normaliseDisplay(n.display))) known.set(normaliseDisplay(n.display), c.id);
    }
  }
  const issues: { path: string; message: string }[] = [];
  file.numbers.forEach((entry, i) => {
    if (ids.has(entry.id)) issues.push({ path: `numbers[${i}].id`, message: `ID "${entry.id}" は contacts.yaml か地域のファイルで使われています（値: "${entry.id}"）` });
    entry.numbers.forEach((n, j) => {
      const owner = known.get(normaliseDisplay(n.display));
      if (owner) issues.push({ path: `numbers[${i}].numbers[${j}].display`, message: `この番号は連絡先 "${owner}" にすでにあります（値: "${n.display}"）` });
    });
  });
  if (issues.length > 0) throw new DataFileError(path, issues);
  const contacts = file.numbers.map((e) => ({
    id: e.id,
    name: e.name,
    numbers: e.numbers,
    hours: e.hours ?? {},
    hoursText: e.hoursText,
    notes: [],
    source: e.source,
    verifiedOn: e.verifiedOn,
  }));
  const r = file.reading;
  return {
    contacts,
    reading: { abroadWords: r.abroadWords, withheldWords: r.withheldWords, shortNumbers: new Set(r.shortNumbers), shortAfter: r.shortAfter, shortBefore: r.shortBefore },
  };
}

/** official-domains.yaml joined with signals.yaml `links` (government suffixes, shorteners). */
export function loadDomainLists(dataDir: string): DomainLists {
  const file = readYamlFile(join(dataDir, OFFICIAL_DOMAINS_FILE), officialDomainsFileSchema);
  const signals = loadSignals(join(dataDir, 'signals.yaml'));
  return {
    officialHosts: file.officialHosts.map((h) => ({ host: h.host, name: h.name, keywords: h.keywords })),
    governmentSuffixes: signals.governmentSuffixes,
    shorteners: signals.shorteners,
    suffixImitations: file.suffixImitations,
    bareLinkEndings: new Set(file.bareLinkEndings),
    sharedHosts: new Set(file.sharedHosts),
  };
}

/**
 * `npm run check-data`: the check files (official-numbers.yaml, official-domains.yaml and the
 * card's words, replies/checks.yaml); contacts are checked by their own validator.
 */
export function checkCheckData(dataDir: string): DataFileError[] {
  // Errors in contacts or deployments are reported by the contact validator: collected and dropped here.
  const attempt = collectDataFileErrors([]);
  const groups: ContactGroup[] = [];
  const national = attempt(() => loadContacts(dataDir));
  if (national) groups.push({ deploymentId: null, contacts: national });
  for (const id of listDeployments(dataDir)) {
    const d = attempt(() => loadDeployment(dataDir, id));
    if (d) groups.push({ deploymentId: id, contacts: d.contacts });
  }
  const own: DataFileError[] = [];
  const attemptOwn = collectDataFileErrors(own);
  attemptOwn(() => loadCuratedNumbers(dataDir, groups));
  attemptOwn(() => readYamlFile(join(dataDir, OFFICIAL_DOMAINS_FILE), officialDomainsFileSchema));
  attemptOwn(() => readYamlFile(join(dataDir, CHECK_TEXTS_FILE), checkTextsSchema));
  return own;
}
