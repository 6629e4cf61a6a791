import { isMarkdownRegister } from './discovery';
import type { RiskRegister } from './model';
import { parseMarkdownRegister } from './parse/markdownRegister';
import { parseYamlRegister } from './parse/yamlRegister';

/** Parses a register of either format, chosen by the file extension. */
export function parseRiskRegister(path: string, text: string, asOf: string): RiskRegister {
  return isMarkdownRegister(path) ? parseMarkdownRegister(path, text, asOf) : parseYamlRegister(path, text, asOf);
}
