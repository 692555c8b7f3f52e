/**
 * The "contacts" column of shared/spec/taxonomy.md: the contacts each reply must show first,
 * in order. faq.lost_card names "mynumber_freedial (24-hour suspension line)": that line is the
 * contact `mynumber_card_suspension` (same 0120 number, 24/365), which the reply shows.
 */
export const TAXONOMY_CONTACTS: Readonly<Record<string, readonly string[]>> = {
  'scam.fake_official_call': ['police_consultation', 'consumer_hotline', 'mynumber_freedial'],
  'scam.fake_official_visit': ['police_consultation', 'police_emergency', 'consumer_hotline'],
  'scam.fee_demand': ['consumer_hotline', 'police_consultation'],
  'scam.leak_threat': ['consumer_hotline', 'police_consultation'],
  'scam.name_lending': ['police_consultation', 'police_emergency'],
  'scam.unpaid_lawsuit': ['consumer_hotline'],
  'scam.fake_police': ['police_emergency', 'police_consultation'],
  'scam.phishing': ['consumer_hotline', 'police_consultation'],
  'scam.card_mail_request': ['mynumber_freedial', 'police_consultation'],
  'scam.refund_atm': ['police_emergency', 'police_consultation'],
  'scam.health_insurance': ['consumer_hotline', 'mynumber_freedial'],
  'scam.sales_pitch': ['consumer_hotline'],
  'scam.general_phishing': ['consumer_hotline', 'police_consultation', 'antiphishing_report'],
  'scam.investment_romance': ['police_consultation', 'consumer_hotline'],
  'faq.legit_requests': ['mynumber_freedial'],
  'faq.lost_card': ['mynumber_card_suspension'],
  'faq.told_number': ['mynumber_freedial', 'police_consultation'],
  'faq.fees': ['mynumber_freedial'],
  'faq.notification_delivery': ['mynumber_freedial'],
  'faq.safety': ['mynumber_freedial'],
  'faq.usage_scope': ['mynumber_freedial'],
  'faq.misregistration': ['mynumber_freedial', 'local_city_office'],
  'faq.foreign_language': ['mynumber_freedial_foreign'],
  'faq.pin': ['local_city_office', 'mynumber_freedial'],
  'faq.card_procedures': ['local_city_office', 'mynumber_freedial'],
  'faq.health_insurance_card': ['mynumber_freedial', 'local_city_office'],
};

/** Numbers that must never be shown (shared/spec/contacts.md "Retired numbers"), digits only. */
export const RETIRED_NUMBERS = ['0570200178', '0570200291', '0570783578', '0570064738', '0570010076', '0364413452'];
