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
}

export interface GitBranch {
  readonly name?: string;
  readonly commit?: string;
  readonly upstream?: { readonly remote: string; readonly name: string };
}

export interface GitRepository {
  readonly rootUri: vscode.Uri;
  readonly state: {
    readonly HEAD: GitBranch | undefined;
    readonly refs: readonly { readonly name?: string; readonly type: number; readonly remote?: string }[];
    readonly remotes: readonly { readonly name: string }[];
    readonly onDidChange: vscode.Event<void>;
  };
  getConfig(key: string): Promise<string>;
  getGlobalConfig(key: string): Promise<string>;
  /** Unified diff of the working tree (staged and unstaged) against HEAD. */
  diffWithHEAD(): Promise<string>;
  diffWithHEAD(path: string): Promise<string>;
  /** Unified diff of the working tree against a ref. */
  diffWith(ref: string): Promise<string>;
  diffBetween(ref1: string, ref2: string): Promise<string>;
  getMergeBase(ref1: string, ref2: string): Promise<string | undefined>;
  getBranch(name: string): Promise<GitBranch>;
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
