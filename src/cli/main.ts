/// <reference types="node" />
/**
 * `partnership-feed validate|convert`: the feed publishers' command-line tool, built to
 * `dist/cli.js` (`vite build --mode cli`). A thin layer over the pure modules the widget uses:
 * parseFeed and its adapters, the spreadsheet mapping, the validator and the serializer.
 *
 * Exit codes: 0 fine (warnings allowed), 1 the feed has errors (validate) or cannot be converted
 * (convert), 2 a usage error or an input that cannot be read.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import { feedFromRows } from '../feed/csv.js';
import { FeedError } from '../feed/errors.js';
import { decodeText } from '../feed/fetch.js';
import { looksLikeJsonFeed } from '../feed/jsonfeed.js';
import { LIMITS, type Feed } from '../feed/model.js';
import { followPages } from '../feed/follow.js';
import { pagedFeed, type PagedFeed } from '../feed/pages.js';
import { mergeFeeds } from '../feed/merge.js';
import { parseFeed, type FeedFormat, type ParseOptions } from '../feed/parse.js';
import { feedToJsonFeed } from '../feed/serialize.js';
import { cleanText } from '../feed/text.js';
import { problemSink, validateJsonFeed, type Problem } from '../feed/validate.js';

const FORMATS = ['auto', 'jsonfeed', 'wordpress', 'drupal', 'rss'] as const;
type Format = (typeof FORMATS)[number] | 'csv';

const USAGE = `Usage:
  partnership-feed validate <file-or-url>… [--format <format>] [--base-url <url>] [--max-pages <n>]
  partnership-feed convert <file-or-url>… [--format <format>] [--title "…"] [--base-url <url>] [--max-pages <n>] [-o <out.json>]
  partnership-feed --help

validate   Checks a feed the way <partnership-feed> reads it and prints each problem, with the
           item's position and id and what to change. Exits 1 when there are errors, else 0.
convert    Writes the feed as the widget's native format (JSON Feed 1.1 with _topic and _resource),
           from any format it reads and from a CSV spreadsheet, to standard output or to -o.
           Several inputs are merged as the widget merges a src with several addresses: newest
           first, a resource they share (the same link, else the same id) once, the first one's
           title and header.

Several inputs are validated one after the other, each with its own report.

A feed given by its URL is read to its last page (next_url, WordPress's page count, Drupal's
links.next), up to 10,000 items, with a line per page on standard error.

Options:
  --format <format>   auto (default), jsonfeed, wordpress, drupal, rss (RSS 2.0 and Atom), or csv.
                      A file ending in .csv is read as a spreadsheet.
  --title "…"         The feed's title (a spreadsheet has none; for other formats it replaces the feed's).
  --base-url <url>    The address the feed will be served from: relative links and images in it are
                      resolved against this. Defaults to the URL the feed was fetched from; for a local
                      file without it, relative addresses are left out.
  --max-pages <n>     Read at most this many pages of a feed given by its URL (default: all).
  -o, --output <file> Write the converted feed to this file instead of standard output.
  -h, --help          Show this help.

Spreadsheet columns (the header row; case, spaces and _ do not matter):
  title (or name), url (or link), type (or category, format), date (or published, date_published:
  2024-03-15 or 3/15/2024), summary (or excerpt, description), tags (or topics, keywords: separated
  by ; or ,), image (or image_url), image_alt (or alt), id, language.

Exit status: 0 no errors, 1 errors in the feed (or nothing to convert), 2 bad usage or unreadable input.`;

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const defaultIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** A problem that stops the command before it looked at a feed: bad usage, unreadable input (exit 2). */
class UsageError extends Error {}

/** The input was read but is not something the tool can turn into a feed (exit 1). */
class ConvertError extends Error {}

interface Input {
  text: string;
  /** The URL the feed came from (fetched) or the one given with --base-url. */
  baseUrl: string | undefined;
  contentType: string | undefined;
  bytes: number;
  name: string;
  /** For a URL: where the response came from, and its headers (WordPress counts its pages in one). */
  url?: string;
  header?: (name: string) => string | null;
}

function isUrl(target: string): boolean {
  return /^https?:\/\//i.test(target);
}

async function readInput(target: string, baseUrl: string | undefined): Promise<Input> {
  // decodeText chooses the encoding as the widget does (BOM, charset, XML declaration), so an
  // ISO-8859-1 RSS file reads here as it would on the page.
  if (isUrl(target)) {
    let response: Response;
    try {
      response = await fetch(target, { redirect: 'follow', signal: AbortSignal.timeout(30_000) });
    } catch (error) {
      throw new UsageError(
        `could not fetch ${target}: ${(error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message}`,
      );
    }
    if (!response.ok) throw new UsageError(`${target} answered HTTP ${response.status} ${response.statusText}`.trim());
    const bytes = new Uint8Array(await response.arrayBuffer());
    return {
      text: decodeText(bytes, response.headers.get('content-type') ?? ''),
      baseUrl: baseUrl ?? response.url,
      contentType: response.headers.get('content-type') ?? undefined,
      bytes: bytes.length,
      name: target,
      url: response.url,
      header: (name) => response.headers.get(name),
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT'
        ? `no such file: ${target}`
        : code === 'EISDIR'
          ? `${target} is a folder, not a file`
          : `could not read ${target}: ${(error as Error).message}`,
    );
  }
  return { text: decodeText(bytes, ''), baseUrl, contentType: undefined, bytes: bytes.length, name: target };
}

function isCsv(format: Format | undefined, target: string): boolean {
  return format === 'csv' || (format === undefined && extname(target.replace(/[?#].*$/, '')).toLowerCase() === '.csv');
}

function stripPrefix(message: string): string {
  return message.replace(/^partnership-feed: /, '');
}

/** A line and column for JSON.parse's "at position N" (Node 20), so the publisher can find the mistake. */
function jsonErrorProblem(text: string, error: unknown): Problem {
  const message = (error as Error).message;
  const position = /position (\d+)/.exec(message);
  let where = '';
  if (position) {
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    where = ` at line ${line}, column ${column}`;
  }
  return {
    code: text.trim() ? 'invalid-json' : 'empty-file',
    level: 'error',
    where: 'feed',
    message: text.trim() ? `The file is not valid JSON${where} (${message.replace(/^JSON\.parse: /, '')}).` : 'The file is empty.',
    fix: 'Look for a missing comma, quote or bracket there (or a comma after the last entry of a list), or check the file in a JSON validator.',
  };
}

function feedErrorProblem(error: unknown, format: Format | undefined): Problem {
  const message = error instanceof Error ? error.message : String(error);
  const html = error instanceof FeedError && error.code === 'html-page';
  return {
    code: 'unreadable-feed',
    level: 'error',
    where: 'feed',
    message: `The feed cannot be read: ${message}.`,
    fix: html
      ? 'Use the address of the feed itself (for WordPress, …/wp-json/wp/v2/posts?_embed; for Drupal, …/jsonapi/node/article), not of a page.'
      : format && format !== 'auto'
        ? `Check that the file really is ${format === 'rss' ? 'RSS or Atom' : format === 'jsonfeed' ? 'a JSON Feed' : `${format} JSON`}, or leave out --format to let the tool recognise it.`
        : 'Check that the file is a JSON Feed, WordPress or Drupal JSON, RSS or Atom, and pass --format if it is not recognised.',
  };
}

function formatProblem(problem: Problem): string {
  const label = problem.level === 'error' ? 'error  ' : 'warning';
  return `${label} ${problem.where}: ${problem.message}\n        Fix: ${problem.fix}\n`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

async function cardsFrom(text: string, options: ParseOptions): Promise<Feed | undefined> {
  try {
    return await parseFeed(text, { ...options, warn: () => undefined });
  } catch {
    return undefined;
  }
}

interface Report {
  problems: Problem[];
  cards: number | undefined;
  total: number | undefined;
  /** The feed as the widget reads it, when it can: its next page is read after it. */
  feed: Feed | undefined;
}

/** The problems of one document, how many of its items become cards, and the feed it gives. */
async function documentReport(input: Input, format: Format | undefined, csv: boolean, usedIds?: ReadonlySet<string>): Promise<Report> {
  const problems: Problem[] = [];
  let feed: Feed | undefined;
  let cards: number | undefined;
  let total: number | undefined;
  if (input.bytes > LIMITS.maxResponseBytes) {
    problems.push({
      code: 'feed-too-large',
      level: 'error',
      where: 'feed',
      message: `The feed is ${(input.bytes / 1024 / 1024).toFixed(1)} MB; the widget refuses feeds over 10 MB.`,
      fix: 'Split it into pages linked with "next_url", or shorten the texts (a summary, not the full text).',
    });
  }
  const options: ParseOptions = { baseUrl: input.baseUrl, contentType: input.contentType, header: input.header, usedIds };

  if (csv) {
    let rows: Array<Record<string, string>>;
    try {
      rows = parseRows(input.text);
    } catch (error) {
      if (!(error instanceof ConvertError)) throw error;
      problems.push({
        code: 'unreadable-csv',
        level: 'error',
        where: 'feed',
        message: `${error.message.charAt(0).toUpperCase()}${error.message.slice(1)}.`,
        fix: 'Save the sheet again as CSV from the spreadsheet program, or look for a stray quote mark on that line.',
      });
      rows = [];
    }
    feed = feedFromRows(rows, { baseUrl: input.baseUrl, warn: problemSink(problems) });
    cards = feed.items.length;
    total = rows.filter((row) => Object.values(row).some((value) => typeof value === 'string' && value.trim())).length;
  } else {
    let document: unknown;
    let jsonError: unknown;
    try {
      document = JSON.parse(input.text);
    } catch (error) {
      jsonError = error;
    }
    const json = jsonError === undefined;
    if (format === 'jsonfeed' && !json) problems.push(jsonErrorProblem(input.text, jsonError));
    const jsonFeed = json && (format === 'jsonfeed' || ((format === undefined || format === 'auto') && looksLikeJsonFeed(document)));
    if (jsonFeed) {
      problems.push(...validateJsonFeed(document));
      feed = await cardsFrom(input.text, { ...options, format: 'jsonfeed' });
      cards = feed?.items.length;
      const items = (document as { items?: unknown }).items;
      total = Array.isArray(items) ? items.length : undefined;
    } else if (format !== 'jsonfeed') {
      // The normalizer's warnings follow the problem that ends the reading, if one does.
      const warnings: Problem[] = [];
      try {
        feed = await parseFeed(input.text, {
          ...options,
          format: (format ?? 'auto') as FeedFormat,
          warn: problemSink(warnings),
        });
        cards = feed.items.length;
        const unlinked = feed.items.filter((item) => !item.url).length;
        if (unlinked && !input.baseUrl) {
          problems.push({
            code: 'items-without-link',
            level: 'warning',
            where: 'feed',
            message: `${plural(unlinked, 'item has', 'items have')} no link. Relative links are resolved against the feed's own address, which a local file does not have.`,
            fix: 'Validate the feed by its URL, or pass --base-url with the address it is served from.',
          });
        }
      } catch (error) {
        // Text that starts like JSON but does not parse: say where the mistake is.
        const brokenJson = !json && /^\s*[[{]/.test(input.text) && format !== 'rss';
        problems.push(brokenJson ? jsonErrorProblem(input.text, jsonError) : feedErrorProblem(error, format));
      }
      problems.push(...warnings);
    }
  }

  return { problems, cards, total, feed };
}

/**
 * Reads the pages after the first of a feed given by its URL, with the paging the widget's "Show
 * more" uses (src/feed/pages.ts: loops, the item limit, ids kept apart), a line per page on
 * standard error. A local file's feed has no address of its own to page from: say where it goes on.
 */
async function laterPages(
  input: Input,
  feed: Feed,
  maxPages: number,
  io: Io,
  read: (page: Input, number: number, usedIds: ReadonlySet<string>) => Promise<Feed>,
): Promise<PagedFeed> {
  const first = pagedFeed(feed, input.url);
  if (!feed.nextUrl) return first;
  if (!input.url) {
    io.err(`note: the feed continues at ${feed.nextUrl}; give its URL instead of a file to read every page.\n`);
    return first;
  }
  io.err(`page 1: ${plural(feed.items.length, 'item')}\n`);
  let number = 1;
  let itemsRead = feed.items.length;
  const paged = await followPages(
    first,
    async (url, usedIds) => {
      number += 1;
      const page = await read(await readInput(url, undefined), number, usedIds);
      itemsRead += page.items.length;
      io.err(`page ${number}: ${plural(page.items.length, 'item')} (${url})\n`);
      return page;
    },
    ({ pages }) => pages.size >= maxPages,
  );
  if (itemsRead > paged.feed.items.length)
    io.err(
      `warning: the pages hold more than ${LIMITS.maxItems.toLocaleString('en')} items; the rest are left out, as the widget leaves them out.\n`,
    );
  if (paged.feed.nextUrl)
    io.err(`note: stopped after ${plural(paged.pages.size, 'page')} (--max-pages); the feed goes on at ${paged.feed.nextUrl}.\n`);
  return paged;
}

async function validate(
  target: string,
  format: Format | undefined,
  baseUrl: string | undefined,
  maxPages: number,
  io: Io,
): Promise<number> {
  const input = await readInput(target, baseUrl);
  const csv = isCsv(format, target);
  const first = await documentReport(input, format, csv);
  const { problems } = first;
  let { cards, total } = first;
  if (first.feed && !csv) {
    await laterPages(input, first.feed, maxPages, io, async (page, number, usedIds) => {
      const report = await documentReport(page, format, false, usedIds);
      problems.push(...report.problems.map((problem) => ({ ...problem, where: `page ${number}, ${problem.where}` })));
      cards = cards === undefined || report.cards === undefined ? undefined : cards + report.cards;
      total = total === undefined || report.total === undefined ? undefined : total + report.total;
      // A page that cannot be read ends the chain; its problems say why.
      return report.feed ?? { title: '', description: '', related: [], items: [] };
    });
  }
  for (const problem of problems) io.out(formatProblem(problem));
  const errors = problems.filter((problem) => problem.level === 'error').length;
  const warnings = problems.length - errors;
  const counts = problems.length ? `${plural(errors, 'error')}, ${plural(warnings, 'warning')}` : 'no problems found';
  const became =
    cards === undefined
      ? ''
      : total === undefined
        ? ` ${plural(cards, 'item')} ${cards === 1 ? 'becomes a card' : 'become cards'}.`
        : ` ${cards} of ${plural(total, 'item')} ${cards === 1 ? 'becomes a card' : 'become cards'}.`;
  io.out(`${problems.length ? '\n' : ''}${input.name}: ${counts}.${became}\n`);
  return errors ? 1 : 0;
}

function parseRows(text: string): Array<Record<string, string>> {
  try {
    return parseCsv(text, { columns: true, bom: true, skip_empty_lines: true, trim: true }) as Array<Record<string, string>>;
  } catch (error) {
    throw new ConvertError(`the spreadsheet cannot be read as CSV: ${(error as Error).message}`);
  }
}

interface ConvertOptions {
  title: string | undefined;
  baseUrl: string | undefined;
  output: string | undefined;
  maxPages: number;
}

/** One input read as the widget reads it, to its last page, with its warnings on standard error. */
async function convertedFeed(target: string, format: Format | undefined, options: ConvertOptions, io: Io): Promise<Feed> {
  const input = await readInput(target, options.baseUrl);
  const warn = (message: string) => io.err(`warning: ${stripPrefix(message)}\n`);
  let feed: Feed;
  if (isCsv(format, target)) {
    feed = feedFromRows(parseRows(input.text), { title: options.title, baseUrl: input.baseUrl, warn });
  } else {
    const parsed = (page: Input, usedIds?: ReadonlySet<string>): Promise<Feed> =>
      parseFeed(page.text, {
        baseUrl: page.baseUrl,
        contentType: page.contentType,
        header: page.header,
        format: (format ?? 'auto') as FeedFormat,
        warn,
        usedIds,
      }).catch((error: unknown) => {
        if (!(error instanceof FeedError)) throw error;
        throw new ConvertError(`${page.name} cannot be converted: ${error.message}.`);
      });
    feed = (await laterPages(input, await parsed(input), options.maxPages, io, (page, _number, usedIds) => parsed(page, usedIds))).feed;
  }
  if (!input.baseUrl) {
    // Without a base, relative addresses cannot be made absolute and are left out: say so.
    const document = parsedJson(input.text);
    const relative = looksLikeJsonFeed(document)
      ? validateJsonFeed(document).filter((problem) => problem.code === 'address-relative').length
      : 0;
    const unlinked = feed.items.filter((item) => !item.url).length;
    if (relative)
      warn(
        `${plural(relative, 'relative address', 'relative addresses')} left out; pass --base-url with the address the feed will be served from to keep them.`,
      );
    else if (unlinked && !isCsv(format, target))
      warn(
        `${plural(unlinked, 'item has', 'items have')} no link; if the feed gives relative links, pass --base-url with the address it is served from.`,
      );
  }
  return feed;
}

/**
 * Writes the inputs as one native feed: one input as it is, several merged as the widget merges a
 * `src` with several addresses (newest first, a resource they share once, the first one's header).
 */
async function convert(targets: readonly string[], format: Format | undefined, options: ConvertOptions, io: Io): Promise<number> {
  const warn = (message: string) => io.err(`warning: ${message}\n`);
  const feeds: Feed[] = [];
  for (const target of targets) feeds.push(await convertedFeed(target, format, options, io));
  let feed = feeds.length > 1 ? mergeFeeds(feeds) : feeds[0]!;
  if (options.title !== undefined) feed = { ...feed, title: cleanText(options.title, LIMITS.maxTitleLength) };
  if (feeds.length > 1) io.err(`Merged ${plural(feeds.length, 'feed')} into ${plural(feed.items.length, 'item')}.\n`);
  if (!feed.title) warn('the feed has no title; give one with --title "…".');
  if (!feed.items.length) warn('the converted feed has no items.');
  const text = `${JSON.stringify(feedToJsonFeed(feed), null, 2)}\n`;
  if (options.output) {
    try {
      await writeFile(options.output, text);
    } catch (error) {
      throw new UsageError(`could not write ${options.output}: ${(error as Error).message}`);
    }
    io.err(`Wrote ${plural(feed.items.length, 'item')} to ${options.output}.\n`);
  } else {
    io.out(text);
  }
  return 0;
}

/**
 * Each input validated in turn, each with its own report: one that cannot be read is said so and
 * the others are still checked. Exits 2 when an input could not be read, else 1 when any has errors.
 */
async function validateAll(
  targets: readonly string[],
  format: Format | undefined,
  baseUrl: string | undefined,
  maxPages: number,
  io: Io,
): Promise<number> {
  if (targets.length === 1) return validate(targets[0]!, format, baseUrl, maxPages, io);
  let status = 0;
  for (const [index, target] of targets.entries()) {
    if (index) io.out('\n');
    try {
      status = Math.max(status, await validate(target, format, baseUrl, maxPages, io));
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.err(`partnership-feed: ${error.message}\n`);
      status = 2;
    }
  }
  return status;
}

function parsedJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Runs the tool on `argv` (without `node` and the script) and resolves to the exit status. */
async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    const help = argv.length ? 'Run "partnership-feed --help" for the commands and options.' : USAGE;
    io.err(`partnership-feed: ${(error as Error).message}\n\n${help}\n`);
    return 2;
  }
  const { command, targets, values, maxPages } = parsed;
  if (values.help || command === 'help') {
    io.out(`${USAGE}\n`);
    return 0;
  }
  try {
    if (command === 'validate') return await validateAll(targets, values.format, values['base-url'], maxPages, io);
    return await convert(targets, values.format, { title: values.title, baseUrl: values['base-url'], output: values.output, maxPages }, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`partnership-feed: ${error.message}\n`);
      return 2;
    }
    if (error instanceof ConvertError) {
      io.err(`partnership-feed: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

function parseCommandLine(argv: readonly string[]) {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string' },
      title: { type: 'string' },
      'base-url': { type: 'string' },
      output: { type: 'string', short: 'o' },
      'max-pages': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...targets] = positionals;
  if (values.help)
    return { command: 'help', targets: [], values: { ...values, format: undefined as Format | undefined }, maxPages: Infinity };
  if (!command) throw new Error('no command given');
  if (command !== 'validate' && command !== 'convert') throw new Error(`unknown command "${command}" (use validate or convert)`);
  if (!targets.length) throw new Error(`${command} needs a file or URL`);
  const format = values.format;
  const allowed: readonly string[] = [...FORMATS, 'csv'];
  if (format !== undefined && !allowed.includes(format)) throw new Error(`unknown format "${format}" (use ${allowed.join(', ')})`);
  if (command === 'validate' && (values.title !== undefined || values.output !== undefined)) {
    throw new Error('--title and --output belong to convert');
  }
  const baseUrl = values['base-url'];
  if (baseUrl !== undefined && !/^https?:\/\/[^/]/i.test(baseUrl))
    throw new Error(`--base-url must be a full http(s) address, not "${baseUrl}"`);
  const maxPages = values['max-pages'] === undefined ? Infinity : Number(values['max-pages']);
  if (!Number.isInteger(maxPages) && maxPages !== Infinity)
    throw new Error(`--max-pages must be a whole number, not "${values['max-pages']}"`);
  if (maxPages < 1) throw new Error('--max-pages must be 1 or more');
  return { command, targets, values: { ...values, format: format as Format | undefined }, maxPages };
}

process.exitCode = await main(process.argv.slice(2));
