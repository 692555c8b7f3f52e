/**
 * The intent IDs of shared/spec/taxonomy.md. They are a contract with the `classify`
 * command, the evaluation sets and `intents/<id>.yaml`: never rename one.
 */
export const INTENT_IDS = [
  'scam.fake_official_call',
  'scam.fake_official_visit',
  'scam.fee_demand',
  'scam.leak_threat',
  'scam.name_lending',
  'scam.unpaid_lawsuit',
  'scam.fake_police',
  'scam.phishing',
  'scam.card_mail_request',
  'scam.refund_atm',
  'scam.health_insurance',
  'scam.sales_pitch',
  'scam.general_phishing',
  'scam.investment_romance',
  'faq.legit_requests',
  'faq.lost_card',
  'faq.told_number',
  'faq.fees',
  'faq.notification_delivery',
  'faq.safety',
  'faq.usage_scope',
  'faq.misregistration',
  'faq.contacts',
  'faq.foreign_language',
  'faq.pin',
  'faq.card_procedures',
  'faq.health_insurance_card',
  'meta.greeting',
  'meta.thanks',
  'meta.help',
  'meta.out_of_scope',
] as const;

export type IntentId = (typeof INTENT_IDS)[number];

export const OUT_OF_SCOPE: IntentId = 'meta.out_of_scope';
export const FOREIGN_LANGUAGE: IntentId = 'faq.foreign_language';

export function isIntentId(value: string): value is IntentId {
  return (INTENT_IDS as readonly string[]).includes(value);
}

export function isScamIntent(id: string): boolean {
  return id.startsWith('scam.');
}
