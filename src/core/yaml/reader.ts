/**
 * Which reader parses a YAML block: `auto` (the default everywhere) tries a hand-written
 * scanner first (`scanner/` for registers and guidelines, `adr/frontMatterScan.ts` for the
 * flat front matter of decision records) and hands anything it does not read to `yaml`;
 * `yaml` always uses the library. Only tests ask for `yaml`, to compare the two readings.
 * One option, spelled the same for risk registers, ADR front matter and guideline front matter.
 */
export type YamlReader = 'auto' | 'yaml';
