/**
 * What Restricted Mode (an untrusted folder, `capabilities.untrustedWorkspaces: limited`) keeps
 * from the bulk edits. Fix All Problems in Archive and Rename Across Archive change files that
 * are not open, as the folder's own `.newsarchive.json` decides (its rules, options and cleaner
 * selectors), and VS Code saves such files itself after a refactoring edit: in a folder nobody
 * trusted, that is the folder rewriting itself. They are refused until the folder is trusted;
 * edits in an open editor (quick fixes, Fix All in This File, Clean Article) stay, since the user
 * sees them and saves them.
 */
import * as vscode from 'vscode';

/** A command refused in Restricted Mode: what it returns, with the message the user was shown. */
export interface Refused {
  refused: string;
}

/**
 * Undefined in a trusted folder; else shows why `command` (its title) is off, with a button that
 * opens VS Code's workspace trust editor, and returns the message.
 */
export function refuseUntrusted(command: string): Refused | undefined {
  if (vscode.workspace.isTrusted) return undefined;
  const message = vscode.l10n.t(
    '{0} is off in Restricted Mode: it would change files that are not open, as this folder\'s .newsarchive.json says. Trust the folder to use it; quick fixes and Fix All Problems in This File still work in the open article.',
    command,
  );
  const manage = vscode.l10n.t('Manage Workspace Trust');
  void vscode.window.showWarningMessage(message, manage).then((choice) => {
    if (choice === manage) void vscode.commands.executeCommand('workbench.trust.manage');
  });
  return { refused: message };
}
