import schemaJson from '../../../schemas/risk-register.schema.json';
import type { JsonSchema } from '../schema/jsonSchema';

/** `schemas/risk-register.schema.json`: the one description of the YAML format (also wired to `yamlValidation`). */
export const RISK_REGISTER_SCHEMA = schemaJson as JsonSchema;

/** The keys a risk may have, in the order new risks are written. */
export const RISK_KEYS: readonly string[] = Object.keys(RISK_REGISTER_SCHEMA.definitions?.['risk']?.properties ?? {});
