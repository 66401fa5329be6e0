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

/**
 * How one field should read (as Hexo reads it) after a fix: exactly this value (js-yaml's
 * reading; a date compares by its instant), gone, as before with the given characters deleted,
 * or a date at this instant (milliseconds since 1970).
 */
export type FieldIntent =
  | { readonly reads: unknown }
  | { readonly removed: true }
  | { readonly sameWithout: string }
  | { readonly instant: number };

/**
 * What a fix means to change in what Hexo reads. The fix engine reads the fixed text back
 * (rules/readBack.ts) and withholds a fix that changes anything else or misses its aim; without
 * an intent, nothing Hexo reads may change (a fix of spacing or of where the block sits).
 */
export interface FixIntent {
  /** Top-level fields the fix changes, and how each must read after it. */
  readonly fields?: Readonly<Record<string, FieldIntent>>;
  /** The fix makes Hexo read the front matter: after it Hexo must read one (the same, if it read one before). */
  readonly readsFrontMatter?: true;
  /** The fix changes the body Hexo renders. */
  readonly body?: true;
}

/** A fix: its title is a message of the rule too. */
export interface Fix<Id extends string = string> extends Message<Id> {
  edits: TextEdit[];
  intent?: FixIntent;
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
  /** The rule offered a fix that, read back as Hexo reads it, would change more than it meant: none is offered. */
  fixWithheld?: true;
  data?: ProblemData;
  /** Other files the problem is about, the nearest few (archive-wide rules only). */
  related?: RelatedPath[];
  /** Further files not listed in `related`. */
  relatedMore?: number;
}
