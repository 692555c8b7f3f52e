import type { messagingApi } from '@line/bot-sdk';

/** Every text a resident can read in the messages (flex texts, alt texts, button labels), joined. */
export function allText(messages: readonly messagingApi.Message[]): string {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      for (const key of ['text', 'altText', 'label']) if (typeof o[key] === 'string') out.push(o[key] as string);
      Object.values(o).forEach(walk);
    }
  };
  walk(messages);
  return out.join('\n');
}
