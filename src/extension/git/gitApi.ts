import * as vscode from 'vscode';

/**
 * The part of the built-in Git extension's API (`vscode.git`, API version 1) this
 * extension uses, typed here so no copy of its declaration file is needed.
 */
export interface GitApi {
  readonly state: 'uninitialized' | 'initialized';
  readonly onDidChangeState: vscode.Event<'uninitialized' | 'initialized'>;
  readonly repositories: readonly GitRepository[];
  readonly onDidOpenRepository: vscode.Event<GitRepository>;
  readonly onDidCloseRepository: vscode.Event<GitRepository>;
  getRepository(uri: vscode.Uri): GitRepository | null;
  /** A `git:` URI showing a file as it is at a ref (for diff editors). */
  toGitUri(uri: vscode.Uri, ref: string): vscode.Uri;
}

export interface GitBranch {
  readonly name?: string;
  readonly commit?: string;
  readonly upstream?: { readonly remote: string; readonly name: string };
}

/** A ref as the Git extension lists it; `type` is 0 for a local head, 1 for a remote head, 2 for a tag. */
export interface GitRef {
  readonly type: number;
  readonly name?: string;
  readonly commit?: string;
  readonly remote?: string;
}

export const GitRefType = { head: 0, remoteHead: 1, tag: 2 } as const;

/** One changed file in the Git extension's state (working tree, index, untracked). */
export interface GitChange {
  readonly uri: vscode.Uri;
  readonly originalUri: vscode.Uri;
  readonly renameUri: vscode.Uri | undefined;
  /** The Git extension's `Status` enum; see {@link GitStatus}. */
  readonly status: number;
}

/** The values of the Git extension's `Status` enum this extension looks at. */
export const GitStatus = { indexAdded: 1, indexDeleted: 2, indexRenamed: 3, indexCopied: 4, modified: 5, deleted: 6, untracked: 7, intentToAdd: 9 } as const;

export interface GitRepository {
  readonly rootUri: vscode.Uri;
  readonly state: {
    readonly HEAD: GitBranch | undefined;
    /** Deprecated by the Git extension in favour of getRefs (may be empty); a fallback. */
    readonly refs: readonly GitRef[];
    readonly remotes: readonly { readonly name: string }[];
    readonly workingTreeChanges: readonly GitChange[];
    /** Present since VS Code 1.86; untracked files are in workingTreeChanges when it is absent. */
    readonly untrackedChanges?: readonly GitChange[];
    readonly onDidChange: vscode.Event<void>;
  };
  getConfig(key: string): Promise<string>;
  getGlobalConfig(key: string): Promise<string>;
  getMergeBase(ref1: string, ref2: string): Promise<string | undefined>;
  getBranch(name: string): Promise<GitBranch>;
  /** Lists refs (VS Code 1.80+); older versions only have state.refs. */
  getRefs?(query: { readonly pattern?: string | string[]; readonly count?: number }): Promise<GitRef[]>;
  show(ref: string, path: string): Promise<string>;
}

/** The Git API, once the built-in Git extension is active; undefined when it is disabled. */
export async function getGitApi(): Promise<GitApi | undefined> {
  const ext = vscode.extensions.getExtension<{ getAPI(version: 1): GitApi }>('vscode.git');
  if (!ext) return undefined;
  try {
    const exports = ext.isActive ? ext.exports : await ext.activate();
    return exports.getAPI(1);
  } catch {
    return undefined;
  }
}

/** The user's git identity for a folder ("mine" filters), or an empty list. */
export async function gitIdentity(uri: vscode.Uri): Promise<string[]> {
  const git = await getGitApi();
  const repo = git?.getRepository(uri) ?? git?.repositories[0];
  if (!repo) return [];
  const read = async (key: string) => (await repo.getConfig(key).catch(() => '')) || (await repo.getGlobalConfig(key).catch(() => ''));
  return [await read('user.name'), await read('user.email')].map((s) => s.trim()).filter(Boolean);
}
