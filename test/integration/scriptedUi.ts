import * as vscode from 'vscode';

/** A save dialog's answer: the file the user chose. */
export interface SaveAs {
  readonly saveAs: vscode.Uri;
}

type Answer = string | undefined | SaveAs | ((items: readonly vscode.QuickPickItem[]) => vscode.QuickPickItem | undefined);

/**
 * Answers the extension's input boxes, quick picks and save dialogs in order, as a user
 * would, by replacing `window.showInputBox`/`showQuickPick`/`showSaveDialog` for the
 * duration of `run`. A string answers an input box, or picks the quick-pick item whose
 * label starts with it; `{ saveAs }` answers a save dialog. Information messages are
 * dismissed (their buttons are not pressed), so a command that offers one still ends.
 * Fails when the extension asks more (or fewer) questions than scripted.
 */
export async function withScriptedAnswers<T>(answers: readonly Answer[], run: () => Thenable<T>): Promise<{ result: T; prompts: string[] }> {
  const queue = [...answers];
  const prompts: string[] = [];
  const win = vscode.window as { -readonly [K in keyof typeof vscode.window]: (typeof vscode.window)[K] };
  const originalInput = win.showInputBox;
  const originalPick = win.showQuickPick;
  const originalSave = win.showSaveDialog;
  const originalInfo = win.showInformationMessage;
  const next = (kind: string, title: string | undefined): Answer => {
    prompts.push(`${kind}: ${title ?? ''}`);
    if (queue.length === 0) throw new Error(`unexpected ${kind} "${title}" (no scripted answer left)`);
    return queue.shift();
  };
  win.showInputBox = (async (options?: vscode.InputBoxOptions) => {
    const a = next('input', options?.title ?? options?.prompt);
    if (typeof a === 'object') throw new Error(`a save-dialog answer was scripted for the input box "${options?.title ?? options?.prompt}"`);
    const value = typeof a === 'function' ? undefined : a;
    const invalid = value !== undefined && options?.validateInput ? await options.validateInput(value) : undefined;
    if (invalid) throw new Error(`scripted input "${value}" was rejected: ${typeof invalid === 'string' ? invalid : invalid.message}`);
    return value;
  }) as typeof win.showInputBox;
  win.showQuickPick = (async (items: readonly vscode.QuickPickItem[] | Thenable<readonly vscode.QuickPickItem[]>, options?: vscode.QuickPickOptions) => {
    const a = next('pick', options?.title ?? options?.placeHolder);
    const list = await items;
    if (a === undefined) return undefined;
    if (typeof a === 'object') throw new Error(`a save-dialog answer was scripted for the quick pick "${options?.title}"`);
    const chosen = typeof a === 'function' ? a(list) : list.find((i) => i.label.startsWith(a));
    if (!chosen) throw new Error(`no item starting with "${String(a)}" in ${JSON.stringify(list.map((i) => i.label))}`);
    return chosen;
  }) as unknown as typeof win.showQuickPick;
  win.showSaveDialog = (async (options?: vscode.SaveDialogOptions) => {
    const a = next('save', options?.title);
    if (a !== undefined && typeof a !== 'object') throw new Error(`the save dialog "${options?.title}" got a scripted ${typeof a} answer`);
    return a?.saveAs;
  }) as typeof win.showSaveDialog;
  win.showInformationMessage = (async () => undefined) as typeof win.showInformationMessage;
  try {
    const result = await run();
    if (queue.length) throw new Error(`${queue.length} scripted answer(s) were not asked for; prompts were: ${prompts.join(' | ')}`);
    return { result, prompts };
  } finally {
    win.showInputBox = originalInput;
    win.showQuickPick = originalPick;
    win.showSaveDialog = originalSave;
    win.showInformationMessage = originalInfo;
  }
}
