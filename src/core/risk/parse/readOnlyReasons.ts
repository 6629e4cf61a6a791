/** Why a register is shown but not edited: said by the CLI, the Risks view and the edit commands alike. */
export const MARKDOWN_READ_ONLY = 'A Markdown register is read, not edited, by the toolkit: edit it by hand, or move it to the YAML format (risk-register.yaml) to edit it from here.';

export const FOREIGN_YAML_READ_ONLY = "This YAML register uses its own keys, not the toolkit's format: it is read, not edited, and not checked against the schema. Edit it by hand.";
