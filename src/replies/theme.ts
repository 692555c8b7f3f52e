import type { Verdict } from '../content/intent-content-schema.ts';

/**
 * Colours of the replies: dark text on white, strong headers, every pair at least 4.5:1
 * contrast (WCAG AA) so elderly readers can read them in sunlight.
 */
export const COLORS = {
  ink: '#111111',
  muted: '#424242',
  onDark: '#FFFFFF',
  separator: '#BDBDBD',
  open: '#1B5E20',
  closed: '#B71C1C',
  call: '#1B5E20',
  emergency: '#C62828',
  notice: '#FFF3E0',
  noticeInk: '#8E1B1B',
  reassurance: '#1B5E20',
} as const;

/** Header background, header text and accent (step numbers) of each verdict. */
export interface VerdictStyle {
  readonly header: string;
  readonly headerInk: string;
  readonly accent: string;
}

/** Red for scam, green for legit, amber (with dark text) for info, slate for conversation. */
export const VERDICT_STYLES: Readonly<Record<Verdict, VerdictStyle>> = {
  scam: { header: '#B71C1C', headerInk: COLORS.onDark, accent: '#B71C1C' },
  legit: { header: '#1B5E20', headerInk: COLORS.onDark, accent: '#1B5E20' },
  info: { header: '#FFB300', headerInk: COLORS.ink, accent: '#7A4F00' },
  meta: { header: '#37474F', headerInk: COLORS.onDark, accent: '#37474F' },
};
