/**
 * What the web host tests share: the run's settings and the provider's counters, from the
 * provider extension in the Node extension host (test/web/provider/extension.ts), and the
 * extension under test, here the web build.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { WebNewsArchiveApi } from '../../src/web/extension';
import { EXTENSION_ID } from '../host/helpers';

export interface WebTestEnvironment {
  /** The scheme the provider serves the workspace under. */
  readonly scheme: string;
  /** 'web' (trusted) or 'restricted' (workspace trust on, the folder untrusted). */
  readonly mode: string;
  readonly grep: string;
}

export interface ProviderCalls {
  readonly stat: number;
  readonly readDirectory: number;
  readonly readFile: number;
  readonly writeFile: number;
  readonly rename: number;
  readonly delete: number;
  readonly createDirectory: number;
  /** What was written, created, renamed or deleted, in order. */
  readonly changedPaths: readonly string[];
  /** The paths readFile was asked for, in order. */
  readonly readPaths: readonly string[];
}

export function environment(): Thenable<WebTestEnvironment> {
  return vscode.commands.executeCommand<WebTestEnvironment>('newsArchiveTest.environment');
}

export function providerCalls(): Thenable<ProviderCalls> {
  return vscode.commands.executeCommand<ProviderCalls>('newsArchiveTest.providerCalls');
}

/** Makes the provider answer each stat, readDirectory and readFile after `ms`, as a slow remote does. */
export async function setDelay(ms: number): Promise<void> {
  await vscode.commands.executeCommand('newsArchiveTest.setDelay', ms);
}

export async function webApi(): Promise<WebNewsArchiveApi> {
  const ext = vscode.extensions.getExtension<WebNewsArchiveApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is loaded in development mode`);
  return ext.activate();
}
