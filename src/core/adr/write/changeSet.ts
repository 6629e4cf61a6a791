import type { FileChange } from '../../model/findings';
import type { TextEdit } from '../../model/text';

/**
 * Collects the edits a command makes to several files into one list of changes, one
 * `edit` per file, so the extension applies them as a single undoable WorkspaceEdit.
 */
export class ChangeSet {
  private readonly creates: FileChange[] = [];
  private readonly edits = new Map<string, TextEdit[]>();

  create(path: string, content: string): this {
    this.creates.push({ type: 'create', path, content });
    return this;
  }

  edit(path: string, edits: readonly TextEdit[]): this {
    if (edits.length === 0) return this;
    const list = this.edits.get(path);
    if (list) list.push(...edits);
    else this.edits.set(path, [...edits]);
    return this;
  }

  toChanges(): FileChange[] {
    return [...this.creates, ...[...this.edits].map(([path, edits]): FileChange => ({ type: 'edit', path, edits }))];
  }
}
