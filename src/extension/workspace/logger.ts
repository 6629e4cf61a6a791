import * as vscode from 'vscode';
import type { Logger } from '../../core/host';
import { OUTPUT_CHANNEL_NAME } from '../ids';

/** The Output channel, as the core's logger: timestamped lines, levels the user can filter. */
export function createOutputLogger(): Logger & vscode.Disposable & { readonly channel: vscode.LogOutputChannel } {
  const channel = vscode.window.createOutputChannel(OUTPUT_CHANNEL_NAME, { log: true });
  return {
    channel,
    info: (m) => channel.info(m),
    warn: (m) => channel.warn(m),
    error: (m) => channel.error(m),
    dispose: () => channel.dispose(),
  };
}
