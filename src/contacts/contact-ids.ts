/**
 * Contact IDs fixed by the taxonomy (see the shared contacts spec): every national one must
 * be in `data/contacts.yaml`; the local ones come from a deployment file.
 */
export const NATIONAL_CONTACT_IDS = [
  'mynumber_freedial',
  'mynumber_card_suspension',
  'mynumber_freedial_foreign',
  'consumer_hotline',
  'police_consultation',
  'police_emergency',
  'ppc_mynumber_complaints',
  'intl_call_block',
  'antiphishing_report',
] as const;

/** The local contacts a deployment may provide (`local_consumer_center` is optional). */
export const LOCAL_CONTACT_IDS = ['local_consumer_center', 'local_city_office', 'local_police_hq'] as const;

/** One of {@link LOCAL_CONTACT_IDS}. */
export type LocalContactId = (typeof LOCAL_CONTACT_IDS)[number];

/** True for the IDs a deployment provides (`local_*`). */
export function isLocalContactId(id: string): id is LocalContactId {
  return (LOCAL_CONTACT_IDS as readonly string[]).includes(id);
}
