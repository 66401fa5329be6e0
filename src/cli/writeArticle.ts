/**
 * Every file the CLI rewrites goes through here: the core's atomic replace (never a truncated
 * original, never a clobbered change), with termination signals deferred while it runs, and
 * one line on stderr that says exactly what happened when the file was not written.
 */
import { FileSnapshot } from '../core/files/fileSnapshot';
import { replaceFile, WriteOutcome, WriteStep } from '../core/files/replaceFile';
import { caughtSignal, withSignalsDeferred } from './interrupts';
import { CliIo } from './io';
import { t } from './l10n';

/** The system's error code with what it means, where a user can act on it. */
function codeText(code: string): string {
  switch (code) {
    case 'ENOSPC':
      return t('{0}: no space left on the device', code);
    case 'EDQUOT':
      return t('{0}: disk quota exceeded', code);
    case 'EROFS':
      return t('{0}: the file system is read-only', code);
    case 'EACCES':
    case 'EPERM':
      return t('{0}: permission denied', code);
    default:
      return code;
  }
}

function failureLine(file: string, step: WriteStep, code: string): string {
  const why = codeText(code);
  switch (step) {
    case 'create':
      return t('{0}: not written: cannot create a temporary file beside it ({1}). The file is as it was.', file, why);
    case 'write':
      return t('{0}: not written: writing the new text failed ({1}). The file is as it was; the partial copy was removed.', file, why);
    case 'flush':
      return t('{0}: not written: flushing the new text to disk failed ({1}). The file is as it was; the copy was removed.', file, why);
    case 'verify':
      return t('{0}: not written: it could not be read again to check that it is unchanged ({1}). The file is as it was; the copy was removed.', file, why);
    case 'replace':
      return t('{0}: not written: the new text could not take its place ({1}). The file is as it was; the copy was removed.', file, why);
    case 'restore':
      return t('{0}: another program wrote to it at the moment it was replaced, and putting that version back failed ({1}). Check the file.', file, why);
  }
}

export interface WriteResult {
  written: boolean;
  /** A termination signal arrived: the run must stop now. */
  stop: boolean;
}

/**
 * Replaces `snapshot`'s file with `text` if it still holds the snapshot's bytes. `changedLine`
 * is the command's own line for a file changed since it was read.
 */
export async function writeArticle(snapshot: FileSnapshot, text: string, changedLine: string, io: CliIo): Promise<WriteResult> {
  const outcome: WriteOutcome = await withSignalsDeferred((signal) =>
    replaceFile(snapshot.path, Buffer.from(text, 'utf8'), { expected: snapshot.bytes, signal }),
  );
  if (outcome.kind === 'changed') io.err(changedLine);
  else if (outcome.kind === 'failed') io.err(failureLine(snapshot.path, outcome.step, outcome.code));
  else if (outcome.kind === 'interrupted') {
    io.err(t('{0}: interrupted by {1} before the new text took its place; the file is as it was and no temporary file is left.', snapshot.path, caughtSignal() ?? 'SIGINT'));
  }
  return { written: outcome.kind === 'written', stop: caughtSignal() !== undefined };
}

/** The last line of a run that a signal stopped. */
export function stoppedLine(command: string, written: number): string {
  return t('news-archive {0}: stopped by {1} (files written before it: {2}; the rest untouched)', command, caughtSignal() ?? 'SIGINT', written);
}
