/**
 * The tables a caller that passes none gets (text.ts). Here, in source and in Node (the tests, the
 * CLI), that is every table. The bundles and the npm package replace this module with one that has
 * none (build/on-demand.mjs): there the tables are files of their own, which parse.ts loads before
 * reading a feed that needs them and passes down with the options.
 */
import * as names from './entities.js';
import * as html from './html.js';
import type { TextTables } from './text.js';

export const DEFAULT_TABLES: TextTables = { names, html };
