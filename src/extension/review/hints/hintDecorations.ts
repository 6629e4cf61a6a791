import * as vscode from 'vscode';
import type { ChecklistTicks } from '../../../core/review/ticks';
import type { TickStore } from '../tickStore';
import type { EditorReview, EditorReviews } from './editorReviews';
import { guidelineHover, progressOf } from './guidelineHover';
import { isInDiffEditor } from './reviewedSource';

/** Text after a line: the CodeLens colour, which every theme (high contrast too) defines. */
const AFTER_TEXT: vscode.ThemableDecorationAttachmentRenderOptions = { color: new vscode.ThemeColor('editorCodeLens.foreground'), margin: '0 0 0 2em', fontStyle: 'italic' };

/** What a test (or a reader of this file) sees decorated on one line. */
export interface LineDecoration {
  /** 0-based line. */
  readonly line: number;
  readonly kind: 'applies' | 'hint';
  readonly text: string;
  readonly hover: string;
}

/**
 * The review's hints drawn in editors, diff editors included, where CodeLens is off by
 * default: after each added line that a guideline's pattern matched, the guideline's id
 * and title, marked in the gutter and the overview ruler; and, in a diff editor without CodeLens, after
 * the first changed line, the guidelines that apply to the file. Hovering either shows
 * the guidelines' text, items and ticks.
 */
export class HintDecorations implements vscode.Disposable {
  private readonly hintType: vscode.TextEditorDecorationType;
  private readonly appliesType = vscode.window.createTextEditorDecorationType({ after: AFTER_TEXT });
  private readonly drawn = new Map<string, LineDecoration[]>();
  private readonly subscriptions: vscode.Disposable[];
  private readonly drewEmitter = new vscode.EventEmitter<void>();
  /** Fires after the visible editors were decorated again (tests wait on it). */
  readonly onDidDraw = this.drewEmitter.event;

  /** @param media the extension's `media` folder: the gutter icon marks hinted lines that are wider than a diff editor's side. */
  constructor(private readonly reviews: EditorReviews, private readonly ticks: TickStore, media: vscode.Uri) {
    const icon = (theme: string) => ({ gutterIconPath: vscode.Uri.joinPath(media, 'review', `hint-${theme}.svg`), gutterIconSize: 'contain' });
    this.hintType = vscode.window.createTextEditorDecorationType({
      after: AFTER_TEXT,
      overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.infoForeground'),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
      light: icon('light'),
      dark: icon('dark'),
    });
    this.subscriptions = [
      reviews.onDidChange(() => this.drawAll()),
      ticks.onDidChange(() => this.drawAll()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.drawAll()),
      vscode.window.tabGroups.onDidChangeTabs(() => this.drawAll()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('diffEditor.codeLens') && this.drawAll()),
    ];
    this.drawAll();
  }

  /** The decorations last drawn on a document's editors. */
  decorationsOf(uri: vscode.Uri): readonly LineDecoration[] {
    return this.drawn.get(uri.toString()) ?? [];
  }

  private drawAll(): void {
    this.drawn.clear();
    for (const editor of vscode.window.visibleTextEditors) this.draw(editor);
    this.drewEmitter.fire();
  }

  private draw(editor: vscode.TextEditor): void {
    const review = this.reviews.reviewOf(editor.document);
    const ticks = review?.scope ? this.ticks.ticks(review.scope.tickScope) : {};
    const hints = review ? hintLines(review, ticks, editor.document) : [];
    const inDiff = isInDiffEditor(editor);
    // A file on disk shows the CodeLens in a diff editor when the user turned it on there.
    const lensShown = editor.document.uri.scheme === 'file' && (!inDiff || vscode.workspace.getConfiguration('diffEditor').get<boolean>('codeLens', false));
    const applies = review && inDiff && !lensShown ? appliesLine(review, ticks, editor.document) : [];
    editor.setDecorations(this.hintType, hints.map((h) => h.options));
    editor.setDecorations(this.appliesType, applies.map((h) => h.options));
    const drawn = [...applies, ...hints].map((h) => h.decoration);
    if (drawn.length > 0) this.drawn.set(editor.document.uri.toString(), [...(this.drawn.get(editor.document.uri.toString()) ?? []), ...drawn]);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.hintType.dispose();
    this.appliesType.dispose();
    this.drewEmitter.dispose();
  }
}

interface Drawn {
  readonly options: vscode.DecorationOptions;
  readonly decoration: LineDecoration;
}

/** One decoration per hinted line: every guideline that points at it, blockers first. */
function hintLines(review: EditorReview, ticks: ChecklistTicks, document: vscode.TextDocument): Drawn[] {
  const byLine = new Map<number, { ids: string[]; hovers: vscode.MarkdownString[] }>();
  for (const applicable of review.applicable) {
    const lines = new Set(applicable.hints.map((h) => h.line - 1));
    for (const line of lines) {
      if (line >= document.lineCount) continue;
      let slot = byLine.get(line);
      if (!slot) byLine.set(line, (slot = { ids: [], hovers: [] }));
      slot.ids.push(`${applicable.guideline.id}: ${applicable.guideline.title}`);
      slot.hovers.push(guidelineHover(review.entry, applicable, ticks));
    }
  }
  return [...byLine].sort(([a], [b]) => a - b).map(([line, { ids, hovers }]) => drawnAt(document, line, 'hint', ids.join(' · '), hovers));
}

/** On the first changed line: the guidelines that apply to the file, with their progress. */
function appliesLine(review: EditorReview, ticks: ChecklistTicks, document: vscode.TextDocument): Drawn[] {
  const first = review.file.addedLines[0]?.line ?? review.file.hunks[0]?.newStart ?? 1;
  const line = Math.min(Math.max(first - 1, 0), Math.max(document.lineCount - 1, 0));
  const { applicable } = review;
  const text =
    applicable.length === 1
      ? `${applicable[0]!.guideline.id} applies: ${applicable[0]!.guideline.title} (${progressOf(applicable[0]!, ticks)})`
      : `${applicable.length} guidelines apply: ${applicable.map((a) => `${a.guideline.id} (${progressOf(a, ticks)})`).join(', ')}`;
  return [drawnAt(document, line, 'applies', text, applicable.map((a) => guidelineHover(review.entry, a, ticks)))];
}

/** The whole line is the decoration's range, so hovering the line or the text after it shows the guidelines. */
function drawnAt(document: vscode.TextDocument, line: number, kind: LineDecoration['kind'], text: string, hovers: vscode.MarkdownString[]): Drawn {
  const range = new vscode.Range(line, 0, line, document.lineAt(line).text.length);
  return {
    options: { range, hoverMessage: hovers, renderOptions: { after: { contentText: text } } },
    decoration: { line, kind, text, hover: hovers.map((h) => h.value).join('\n\n---\n\n') },
  };
}
