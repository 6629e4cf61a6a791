import * as vscode from 'vscode';
import { escapeHtml } from '../../core/text/html';

/** A random nonce for the one script a webview may run. */
export function nonce(): string {
  const bytes = new Uint8Array(16);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The HTML shell of every webview: a strict Content-Security-Policy (no remote content,
 * no inline script or style, only our own script with a nonce), theme colours through
 * VS Code's CSS variables, and data passed as messages, never spliced into the HTML.
 */
export function webviewShell(webview: vscode.Webview, extensionUri: vscode.Uri, options: { title: string; script: string; style: string }): string {
  const n = nonce();
  const media = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', file));
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `script-src 'nonce-${n}'`,
    `img-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${media('webview.css')}">
<link rel="stylesheet" href="${media(options.style)}">
<title>${escapeHtml(options.title)}</title>
</head>
<body>
<main id="app" aria-live="polite"></main>
<script nonce="${n}" src="${media(options.script)}"></script>
</body>
</html>`;
}
