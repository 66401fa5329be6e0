/**
 * GitHub Actions workflow commands, one line per problem, which the runner turns into
 * annotations on the pull request's files: `::error file=…,line=…,endLine=…,col=…,endColumn=…,title=…::message`.
 * Lines and columns are 1-based. Errors are `error`, warnings `warning`, info and hints
 * `notice`; a problem the baseline already knew is a `notice` whatever its severity, so only new
 * problems stand out. Escaped as the runner reads them: `%`, CR and LF in the message; those and
 * `:` and `,` in a property.
 */
import type { ReportDiagnostic, ReportFile } from './reportTypes';

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(d: ReportDiagnostic): 'error' | 'warning' | 'notice' {
  if (d.baselineState === 'unchanged') return 'notice';
  return d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
}

/**
 * @param displayPath the path as GitHub knows it (relative to the repository's root).
 * @param baselineTitle the words after the rule id for a problem the baseline knew.
 */
export function githubAnnotations(files: readonly ReportFile[], displayPath: (file: string) => string, baselineTitle: string): string[] {
  const lines: string[] = [];
  for (const file of files) {
    const name = escapeProperty(displayPath(file.path));
    for (const d of file.diagnostics) {
      const { start, end } = d.range;
      const title = `news-archive ${d.rule}${d.baselineState === 'unchanged' ? ` (${baselineTitle})` : ''}`;
      const props = [`file=${name}`, `line=${start.line + 1}`, `endLine=${end.line + 1}`];
      // GitHub takes columns only for a range within one line.
      if (start.line === end.line) props.push(`col=${start.character + 1}`, `endColumn=${Math.max(end.character, start.character + 1)}`);
      props.push(`title=${escapeProperty(title)}`);
      lines.push(`::${command(d)} ${props.join(',')}::${escapeData(d.message)}`);
    }
  }
  return lines;
}
