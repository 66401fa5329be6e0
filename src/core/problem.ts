/**
 * What every part of the core says about a file: a problem with its rule, severity and exact
 * offsets, and a fix as data (the fewest text edits, applied in one place: edits.ts). The rules
 * make them, the archive-wide rules too. Words are data as well: a problem and a fix carry a
 * message id of their rule and its arguments; the editor and the command line put them into
 * the user's language (rules/messages.ts).
 */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** Replace `text.slice(start, end)` with `newText` (file offsets, UTF-16 units). */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/**
 * A value for a message's placeholder: text from the file or a number (never words of one
 * language), or another message of the same rule, a whole sentence in its own right.
 */
export type MessageArg = string | number | Message;

export type MessageArgs = Readonly<Record<string, MessageArg>>;

/** One of the reporting rule's declared messages (its `messages`), with its placeholders' values. */
export interface Message<Id extends string = string> {
  messageId: Id;
  args?: MessageArgs;
}

/** A fix: its title is a message of the rule too. */
export interface Fix<Id extends string = string> extends Message<Id> {
  edits: TextEdit[];
}

export type ProblemData = Record<string, string | number | boolean>;

/** Another file a problem points at (an archive-wide rule's other copies), with a message of the rule. */
export interface RelatedPath extends Message {
  path: string;
}

export interface Problem extends Message {
  ruleId: string;
  severity: Severity;
  start: number;
  end: number;
  fix?: Fix;
  data?: ProblemData;
  /** Other files the problem is about, the nearest few (archive-wide rules only). */
  related?: RelatedPath[];
  /** Further files not listed in `related`. */
  relatedMore?: number;
}
