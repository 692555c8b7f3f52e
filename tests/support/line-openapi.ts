/**
 * LINE's OpenAPI documents (shared/line-openapi) as ajv validators, for tests.
 *
 * The spec writes its polymorphic types (Message, FlexComponent, Action, Event …) as an
 * OpenAPI `discriminator` + `mapping`, which ajv does not understand. Each such parent is
 * rewritten into a dispatcher — `type` required and one of the mapping keys, then one
 * `if {type: const k} then {$ref: mapping[k]}` per key — while its original body is kept as
 * `<Name>__base`, and the children's `allOf` references are pointed at that copy (else the
 * child would dispatch back to itself). Unknown component types, bad enums, a missing
 * altText or over-long postback data then fail validation.
 *
 * The folder is `../shared/line-openapi` beside the checkout, or `LINE_OPENAPI_DIR`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

/** Where the spec is read from. */
export const OPENAPI_DIR = process.env['LINE_OPENAPI_DIR'] ?? resolve(import.meta.dirname, '..', '..', '..', 'shared', 'line-openapi');

const DOCUMENTS = ['messaging-api.yml', 'webhook.yml'] as const;
const SCHEMA_PREFIX = '#/components/schemas/';

type Schema = Record<string, unknown>;

/** True when both spec files are present (tests skip with a note otherwise). */
export function openApiAvailable(): boolean {
  return DOCUMENTS.every((f) => existsSync(join(OPENAPI_DIR, f)));
}

/** The note tests print when they skip. */
export const OPENAPI_SKIP_NOTE = `LINE OpenAPI spec not found in ${OPENAPI_DIR} (set LINE_OPENAPI_DIR): skipping validation against LINE's schemas`;

let loaded: { ajv: Ajv; docs: { id: string; names: Set<string> }[] } | null = null;
const cache = new Map<string, ValidateFunction>();

/** Rewrites the `discriminator`/`mapping` polymorphism of a `components.schemas` object for ajv. */
export function rewriteDiscriminators(schemas: Record<string, Schema>): Record<string, Schema> {
  const out: Record<string, Schema> = structuredClone(schemas);
  for (const [name, schema] of Object.entries(schemas)) {
    const disc = schema['discriminator'] as { propertyName: string; mapping?: Record<string, string> } | undefined;
    if (!disc?.mapping) continue;
    const prop = disc.propertyName;
    const mapping = disc.mapping;
    const { discriminator: _dropped, ...body } = schema;
    out[`${name}__base`] = body;
    out[name] = {
      type: 'object',
      required: [prop],
      properties: { [prop]: { type: 'string', enum: Object.keys(mapping) } },
      allOf: Object.entries(mapping).map(([key, ref]) => ({
        if: { properties: { [prop]: { const: key } }, required: [prop] },
        then: { $ref: ref },
      })),
    };
    for (const ref of Object.values(mapping)) {
      const child = out[ref.slice(SCHEMA_PREFIX.length)];
      const allOf = child?.['allOf'];
      if (!child || !Array.isArray(allOf)) continue;
      child['allOf'] = allOf.map((part: Schema) => (part['$ref'] === `${SCHEMA_PREFIX}${name}` ? { $ref: `${SCHEMA_PREFIX}${name}__base` } : part));
    }
  }
  return out;
}

function load(): NonNullable<typeof loaded> {
  if (loaded) return loaded;
  if (!openApiAvailable()) throw new Error(OPENAPI_SKIP_NOTE);
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  (addFormatsModule as unknown as (a: Ajv) => void)(ajv);
  for (const f of ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'uuid', 'date-time', 'uri']) {
    if (!ajv.formats[f]) ajv.addFormat(f, true);
  }
  const docs = DOCUMENTS.map((file) => {
    const doc = parse(readFileSync(join(OPENAPI_DIR, file), 'utf8')) as { components?: { schemas?: Record<string, Schema> } };
    const schemas = rewriteDiscriminators(doc.components?.schemas ?? {});
    const id = `line-${file.replace(/\.yml$/, '')}`;
    ajv.addSchema({ $id: id, components: { schemas } });
    return { id, names: new Set(Object.keys(schemas)) };
  });
  loaded = { ajv, docs };
  return loaded;
}

/**
 * Validates `value` against the schema `schemaName` of messaging-api.yml (or, if it has none
 * of that name, webhook.yml): null when valid, else ajv's messages with their JSON paths.
 * Throws when the spec is absent or the name unknown. Used for replies (`ReplyMessageRequest`),
 * rich menus (`RichMenuRequest`) and webhook fixtures (`CallbackRequest`).
 */
export function validateSchema(schemaName: string, value: unknown): string[] | null {
  let validate = cache.get(schemaName);
  if (!validate) {
    const { ajv, docs } = load();
    const doc = docs.find((d) => d.names.has(schemaName));
    if (!doc) throw new Error(`no schema "${schemaName}" in ${DOCUMENTS.join(' or ')}`);
    validate = ajv.getSchema(`${doc.id}${SCHEMA_PREFIX}${schemaName}`);
    if (!validate) throw new Error(`cannot compile schema "${schemaName}"`);
    cache.set(schemaName, validate);
  }
  if (validate(value)) return null;
  return (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
}
