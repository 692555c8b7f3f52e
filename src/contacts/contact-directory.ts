import type { Contact, Deployment } from './contact-schema.ts';
import { loadContacts, loadDeployment } from './load-contacts.ts';

/** The city the bot is deployed for, or null for a national-only bot. */
export interface DeploymentInfo {
  readonly id: string;
  readonly name: string;
  readonly prefecture: string;
}

/**
 * Every contact the bot can show: the national ones, then the deployment's `local_*` ones.
 * Without a deployment `deployment` is null and no `local_*` contact exists (the reply then
 * tells residents to ask their city office).
 */
export interface ContactDirectory {
  readonly contacts: ReadonlyMap<string, Contact>;
  readonly deployment: DeploymentInfo | null;
}

/**
 * Joins national contacts and a deployment's local ones.
 *
 * Decision (188 with a local consumer centre): `consumer_hotline` stays — 188 is the number
 * residents remember and it routes to the local centre — but it shows the local centre's
 * hours: on a day the local centre has hours they apply; on other days (weekends, holidays)
 * the national rules apply (the 国民生活センター holiday line, closed over the year end).
 * Its `hoursText` becomes `hoursTextWithLocal` with `{local}` = the centre's `hoursText`,
 * and `hoursFrom` names `local_consumer_center`.
 */
export function buildDirectory(national: readonly Contact[], deployment: Deployment | null): ContactDirectory {
  const contacts = new Map<string, Contact>();
  for (const c of national) contacts.set(c.id, c);
  if (deployment) {
    for (const c of deployment.contacts) contacts.set(c.id, c);
    const local = contacts.get('local_consumer_center');
    const hotline = contacts.get('consumer_hotline');
    if (local && hotline) contacts.set(hotline.id, withLocalHours(hotline, local));
  }
  const info = deployment ? { id: deployment.id, name: deployment.name, prefecture: deployment.prefecture } : null;
  return { contacts, deployment: info };
}

function withLocalHours(hotline: Contact, local: Contact): Contact {
  return {
    ...hotline,
    hours: { ...local.hours, fallback: hotline.hours },
    hoursText: hotline.hoursTextWithLocal ? hotline.hoursTextWithLocal.replaceAll('{local}', local.hoursText) : local.hoursText,
    hoursFrom: local.id,
  };
}

/** Loads the national contacts and, if `deploymentId` is given, that deployment; throws DataFileError. */
export function loadContactDirectory(dataDir: string, deploymentId: string | null): ContactDirectory {
  const deployment = deploymentId === null ? null : loadDeployment(dataDir, deploymentId);
  return buildDirectory(loadContacts(dataDir), deployment);
}
