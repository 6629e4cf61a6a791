import type * as vscode from 'vscode';
import type { DecisionRecord } from '../../../core/adr/model';

/** How the Decisions view arranges records; remembered per workspace. */
export type DecisionGrouping = 'status' | 'folder' | 'number' | 'date';

export const DECISION_GROUPINGS: readonly { value: DecisionGrouping; label: string; detail: string }[] = [
  { value: 'status', label: 'Group by Status', detail: 'Proposed, accepted, superseded… each in its own group' },
  { value: 'folder', label: 'Group by Folder', detail: 'One group per decision folder or log4brains package' },
  { value: 'number', label: 'Flat, by Number', detail: 'Every record in number order' },
  { value: 'date', label: 'Flat, by Date', detail: 'Newest first' },
];

export type DecisionNode = FolderNode | GroupNode | RecordNode;

/** A workspace folder (only shown in multi-root workspaces). */
export interface FolderNode {
  readonly type: 'folder';
  readonly id: string;
  readonly folder: vscode.WorkspaceFolder;
}

export interface GroupNode {
  readonly type: 'group';
  readonly id: string;
  readonly folder: vscode.WorkspaceFolder;
  /** What the group gathers: one status, or one ADR folder. */
  readonly by: 'status' | 'folder';
  readonly key: string;
  readonly label: string;
  readonly records: readonly DecisionRecord[];
  /** The group above this one (an ADR folder above its status groups); none at the top. */
  readonly parentId: string | undefined;
  /** An ADR folder grouped by status shows status groups, not its records. */
  readonly byStatusInside: boolean;
}

export interface RecordNode {
  readonly type: 'record';
  readonly id: string;
  readonly folder: vscode.WorkspaceFolder;
  readonly record: DecisionRecord;
  readonly parentId: string | undefined;
}
