import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: under Node's ESM loader the plugin is `default.default`, under Vite `default`.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule })
  .default ?? addFormatsModule) as typeof addFormatsModule;

/**
 * Validates `data` against a JSON Schema (draft 2020-12) with Ajv in strict mode, formats checked;
 * returns the errors as readable lines, none when the data is valid.
 *
 * @example
 *   schemaErrors({ type: 'string' }, 1) // ['/ must be string {"type":"string"}']
 */
export function schemaErrors(schema: Record<string, unknown>, data: unknown): string[] {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return validate(data)
    ? []
    : (validate.errors ?? []).map(
        (e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
      );
}
