import * as vscode from 'vscode';

/** A save dialog's answer: the file the user chose. */
export interface SaveAs {
  readonly saveAs: vscode.Uri;
}

/**
 * An answer given only once `meanwhile` has finished, while the box or pick stays open: what
 * happens to the workspace while a user is still deciding.
 */
export interface AnswerLater {
  readonly meanwhile: () => Promise<unknown>;
  readonly then: string;
}

/** A function answer sees the items, and the items the pick opened on (the first one for `showQuickPick`). */
type Answer = string | undefined | SaveAs | AnswerLater | ((items: readonly vscode.QuickPickItem[], active: readonly vscode.QuickPickItem[]) => vscode.QuickPickItem | undefined);

/** What a `createQuickPick` picker showed when it was answered: its title, its rows and the focused row. */
export interface ShownPick {
  readonly title: string | undefined;
  readonly labels: readonly string[];
  readonly descriptions: readonly (string | undefined)[];
  readonly active: string | undefined;
  /** The rows once the scripted text was typed into the filter (when it was). */
  readonly typedRows?: readonly string[];
  readonly chosen: string | undefined;
}

/** Types text into a picker's filter; returns the rows and the focused row that follow. */
type TypeInto = (text: string) => { readonly items: readonly vscode.QuickPickItem[]; readonly active: readonly vscode.QuickPickItem[] };

/**
 * Answers the extension's input boxes, quick picks and save dialogs in order, as a user
 * would, by replacing `window.showInputBox`/`showQuickPick`/`showSaveDialog` for the
 * duration of `run`. A string answers an input box, or picks the quick-pick item whose
 * label starts with it, a function picks an item (or dismisses with `undefined`);
 * `{ saveAs }` answers a save dialog; `{ meanwhile, then }` answers `then` once `meanwhile`
 * has run with the box or pick open. Quick picks made with `createQuickPick` are answered
 * the same way when they are shown; there a string that no row starts with is typed into
 * the filter, then Enter takes the focused row, and what each showed is returned in
 * `shown`. Information messages are dismissed (their buttons are not pressed), so a
 * command that offers one still ends; their text is returned in `messages`, error
 * messages' in `errors`, the input boxes' prompts in `inputPrompts`.
 * Fails when the extension asks more (or fewer) questions than scripted.
 */
export async function withScriptedAnswers<T>(answers: readonly Answer[], run: () => Thenable<T>): Promise<{ result: T; prompts: string[]; shown: ShownPick[]; messages: string[]; errors: string[]; inputPrompts: string[] }> {
  const queue = [...answers];
  const prompts: string[] = [];
  const shown: ShownPick[] = [];
  const messages: string[] = [];
  const errors: string[] = [];
  const inputPrompts: string[] = [];
  const win = vscode.window as { -readonly [K in keyof typeof vscode.window]: (typeof vscode.window)[K] };
  const originalInput = win.showInputBox;
  const originalPick = win.showQuickPick;
  const originalSave = win.showSaveDialog;
  const originalInfo = win.showInformationMessage;
  const originalError = win.showErrorMessage;
  const originalCreatePick = win.createQuickPick;
  const next = async (kind: string, title: string | undefined): Promise<Exclude<Answer, AnswerLater>> => {
    prompts.push(`${kind}: ${title ?? ''}`);
    if (queue.length === 0) throw new Error(`unexpected ${kind} "${title}" (no scripted answer left)`);
    const a = queue.shift();
    if (typeof a !== 'object' || !('meanwhile' in a)) return a;
    await a.meanwhile();
    return a.then;
  };
  win.showInputBox = (async (options?: vscode.InputBoxOptions) => {
    inputPrompts.push(options?.prompt ?? '');
    const a = await next('input', options?.title ?? options?.prompt);
    if (typeof a === 'object') throw new Error(`a save-dialog answer was scripted for the input box "${options?.title ?? options?.prompt}"`);
    const value = typeof a === 'function' ? undefined : a;
    const invalid = value !== undefined && options?.validateInput ? await options.validateInput(value) : undefined;
    if (invalid) throw new Error(`scripted input "${value}" was rejected: ${typeof invalid === 'string' ? invalid : invalid.message}`);
    return value;
  }) as typeof win.showInputBox;
  const choose = async (title: string | undefined, list: readonly vscode.QuickPickItem[], active: readonly vscode.QuickPickItem[], typeInto?: TypeInto): Promise<vscode.QuickPickItem | undefined> => {
    const a = await next('pick', title);
    if (a === undefined) return undefined;
    if (typeof a === 'object') throw new Error(`a save-dialog answer was scripted for the quick pick "${title}"`);
    // A function answer may look at the items and dismiss the pick (return undefined).
    if (typeof a === 'function') return a(list, active);
    const chosen = list.find((i) => i.label.startsWith(a)) ?? (typeInto ? typeInto(a).active[0] : undefined);
    if (!chosen) throw new Error(`no item starting with "${String(a)}" in ${JSON.stringify(list.map((i) => i.label))}`);
    return chosen;
  };
  win.showQuickPick = (async (items: readonly vscode.QuickPickItem[] | Thenable<readonly vscode.QuickPickItem[]>, options?: vscode.QuickPickOptions) => {
    const list = await items;
    return choose(options?.title ?? options?.placeHolder, list, list.filter((i) => i.kind !== vscode.QuickPickItemKind.Separator).slice(0, 1));
  }) as unknown as typeof win.showQuickPick;
  // A failed answer inside a shown pick is reported when the command ends, not lost.
  let pickFailure: unknown;
  win.createQuickPick = (() => scriptedQuickPick(async (title, list, active, typeInto) => {
    try {
      return await choose(title, list, active, typeInto);
    } catch (err) {
      pickFailure ??= err;
      return undefined;
    }
  }, (s) => shown.push(s))) as typeof win.createQuickPick;
  win.showSaveDialog = (async (options?: vscode.SaveDialogOptions) => {
    const a = await next('save', options?.title);
    if (a !== undefined && typeof a !== 'object') throw new Error(`the save dialog "${options?.title}" got a scripted ${typeof a} answer`);
    return a?.saveAs;
  }) as typeof win.showSaveDialog;
  win.showInformationMessage = (async (message: string) => {
    messages.push(message);
    return undefined;
  }) as typeof win.showInformationMessage;
  win.showErrorMessage = (async (message: string) => {
    errors.push(message);
    return undefined;
  }) as typeof win.showErrorMessage;
  try {
    const result = await run();
    if (pickFailure) throw pickFailure;
    if (queue.length) throw new Error(`${queue.length} scripted answer(s) were not asked for; prompts were: ${prompts.join(' | ')}`);
    return { result, prompts, shown, messages, errors, inputPrompts };
  } finally {
    win.showInputBox = originalInput;
    win.showQuickPick = originalPick;
    win.showSaveDialog = originalSave;
    win.showInformationMessage = originalInfo;
    win.showErrorMessage = originalError;
    win.createQuickPick = originalCreatePick;
  }
}

/**
 * A stand-in for `createQuickPick`: when shown, it takes the next scripted answer, then
 * accepts it (or hides, for `undefined`) the way the workbench does, events and all.
 * Typed text reaches the extension's `onDidChangeValue` listeners, as a user's would.
 */
function scriptedQuickPick(
  choose: (title: string | undefined, items: readonly vscode.QuickPickItem[], active: readonly vscode.QuickPickItem[], typeInto: TypeInto) => Promise<vscode.QuickPickItem | undefined>,
  record: (shown: ShownPick) => void,
): vscode.QuickPick<vscode.QuickPickItem> {
  const accepted = new vscode.EventEmitter<void>();
  const hidden = new vscode.EventEmitter<void>();
  const changedValue = new vscode.EventEmitter<string>();
  const pick = {
    title: undefined as string | undefined,
    placeholder: undefined as string | undefined,
    value: '',
    items: [] as readonly vscode.QuickPickItem[],
    activeItems: [] as readonly vscode.QuickPickItem[],
    selectedItems: [] as readonly vscode.QuickPickItem[],
    onDidAccept: accepted.event,
    onDidHide: hidden.event,
    onDidChangeValue: changedValue.event,
    show() {
      const firstRow = () => pick.items.filter((i) => i.kind !== vscode.QuickPickItemKind.Separator).slice(0, 1);
      const active = pick.activeItems.length ? pick.activeItems : firstRow();
      const before = { title: pick.title, labels: pick.items.map((i) => i.label), descriptions: pick.items.map((i) => i.description), active: active[0]?.label };
      let typedRows: string[] | undefined;
      const typeInto: TypeInto = (text) => {
        pick.value = text;
        changedValue.fire(text);
        typedRows = pick.items.map((i) => i.label);
        return { items: pick.items, active: pick.activeItems.length ? pick.activeItems : firstRow() };
      };
      // Answered after `show` returns, as a user's click would be.
      void Promise.resolve().then(async () => {
        const chosen = await choose(pick.title ?? pick.placeholder, pick.items, active, typeInto);
        record({ ...before, ...(typedRows ? { typedRows } : {}), chosen: chosen?.label });
        if (!chosen) return hidden.fire();
        pick.selectedItems = [chosen];
        accepted.fire();
      });
    },
    hide() {
      hidden.fire();
    },
    dispose() {
      accepted.dispose();
      hidden.dispose();
      changedValue.dispose();
    },
  };
  return pick as unknown as vscode.QuickPick<vscode.QuickPickItem>;
}
