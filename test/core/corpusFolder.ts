/**
 * Where the real corpus is (it is never committed): NEWS_ARCHIVE_CORPUS, else ../shared/corpus
 * beside the checkout, else beside the folder of worktrees (bench/cleanGold/gold.ts findCorpus, the
 * benchmarks' reader). Where none is there it names ../shared/corpus, and the corpus tests say
 * they skipped it.
 */
import * as path from 'node:path';
import { findCorpus } from '../../bench/cleanGold/gold';

const REPO = path.resolve(__dirname, '../../..');

export const CORPUS: string = findCorpus(REPO) ?? path.resolve(REPO, '../shared/corpus');
