import { editOf, type FileChange } from '../../model/findings';
import type { TextEdit } from '../../model/text';

/**
 * Collects the edits a command makes to several files into one list of changes, one
 * `edit` per file, so the extension applies them as a single undoable WorkspaceEdit.
 */
export class ChangeSet {
  private readonly creates: FileChange[] = [];
  private readonly edits = new Map<string, { readonly file: { readonly path: string; readonly text: string }; readonly edits: TextEdit[] }>();

  create(path: string, content: string): this {
    this.creates.push({ type: 'create', path, content });
    return this;
  }

  /** Edits planned from `file`'s text; every edit of one file must be planned from the same text. */
  edit(file: { readonly path: string; readonly text: string }, edits: readonly TextEdit[]): this {
    if (edits.length === 0) return this;
    const planned = this.edits.get(file.path);
    if (!planned) this.edits.set(file.path, { file, edits: [...edits] });
    else if (planned.file.text !== file.text) throw new Error(`${file.path}: edits planned from two different texts`);
    else planned.edits.push(...edits);
    return this;
  }

  toChanges(): FileChange[] {
    return [...this.creates, ...[...this.edits.values()].map(({ file, edits }) => editOf(file, edits))];
  }
}
