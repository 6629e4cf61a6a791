import type { Rule } from '../../rules/rule';
import type { RiskRegister } from '../model';

export const yamlSyntaxRule: Rule<RiskRegister> = {
  id: 'risk/yaml-syntax',
  kind: 'risk',
  description: 'The register is valid YAML; otherwise none of its risks can be read.',
  defaultSeverity: 'error',
  check(register, context) {
    // The parser keeps only the first error: later ones usually follow from it.
    for (const error of register.syntaxErrors) context.report({ message: error.message, range: error.range });
  },
};
