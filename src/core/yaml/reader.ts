/**
 * Which reader parses a YAML block: `auto` (the default everywhere) tries the hand-written
 * scanner (`scanner/`) first and hands anything it does not read to the `yaml` library;
 * `yaml` always uses the library. Only tests ask for `yaml`, to compare the two readings.
 * One option, spelled the same for risk registers, ADR front matter and guideline front matter.
 */
export type YamlReader = 'auto' | 'yaml';
