import type { HoursRules } from '../../src/hours/hours-rules.ts';

/** マイナンバー総合フリーダイヤル, as in data/contacts.yaml. */
export const FREEDIAL: HoursRules = {
  weekday: ['09:30-20:00'],
  saturday: ['09:30-17:30'],
  sunday: ['09:30-17:30'],
  holiday: ['09:30-17:30'],
  closed: [{ from: '12-29', to: '01-03' }],
};

/** 警察相談専用電話 #9110. */
export const POLICE_9110: HoursRules = { weekday: ['08:30-17:15'], closed: [{ from: '12-29', to: '01-03' }] };

/** 志木市 消費生活相談: weekdays with a lunch break. */
export const SHIKI_CONSUMER: HoursRules = { weekday: ['10:00-12:00', '13:00-16:00'], closed: [{ from: '12-29', to: '01-03' }] };

/** 188 without a deployment: weekdays vary by region. */
export const HOTLINE_188: HoursRules = {
  varies: true,
  saturday: ['10:00-16:00'],
  sunday: ['10:00-16:00'],
  holiday: ['10:00-16:00'],
  closed: [{ from: '12-29', to: '01-03' }],
};

export const ALWAYS: HoursRules = { alwaysOpen: true };

/** Japan-time instant from `YYYY-MM-DDTHH:MM`. */
export function jst(text: string): Date {
  return new Date(`${text}:00+09:00`);
}
