import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { FastifyReply } from 'fastify';

/** The page's own files: plain HTML/CSS/browser JS, no build step. */
export const PUBLIC_DIR = join(import.meta.dirname, 'public');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Scripts and styles only from this server; images from here or https (flex heroes, icons);
 * no plugins, no framing. A second wall behind the page's textContent-only rendering.
 */
export const PAGE_SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; connect-src 'self'; " +
    "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

/** The files that may be served, by name (a fixed list read once: no path from a request reaches the disk). */
export function listPageAssets(dir: string = PUBLIC_DIR): Map<string, string> {
  const assets = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const type = CONTENT_TYPES[extname(name)];
    if (type && /^[a-z0-9-]+\.[a-z]+$/.test(name)) assets.set(name, type);
  }
  return assets;
}

/** Sends one page file, read at request time so an edit to the page shows on reload. */
export function sendPageAsset(reply: FastifyReply, name: string, contentType: string, dir: string = PUBLIC_DIR): FastifyReply {
  return reply
    .headers(PAGE_SECURITY_HEADERS)
    .type(contentType)
    .send(readFileSync(join(dir, name)));
}
