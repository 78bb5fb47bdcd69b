// Writes the benchmark feeds: JSON Feed 1.1 documents of 100, 1,000 and 10,000 items with six
// resource types, tags, realistic titles and excerpts, in no particular order (every page must sort).
// The output is deterministic (seeded), so runs on different machines read the same bytes.
//
//   node bench/generate-feed.mjs [outDir] [size ...]     (default: bench/.out/feeds 100 1000 10000)
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const DEFAULT_SIZES = [100, 1000, 10000];
export const TYPES = ['Webinar', 'Article', 'News', 'Course', 'Toolkit', 'Guide'];
// Uneven, as on a real topic page: many articles and webinars, few toolkits.
const TYPE_WEIGHTS = [26, 30, 18, 10, 6, 10];

const TAGS = [
  'partnerships',
  'community engagement',
  'digital equity',
  'broadband',
  'outreach',
  'adult literacy',
  'early literacy',
  'workforce development',
  'small business',
  'health information',
  'immigrants',
  'rural libraries',
  'tribal libraries',
  'schools',
  'museums',
  'local government',
  'nonprofits',
  'funding',
  'grants',
  'advocacy',
  'volunteers',
  'trustees',
  'strategic planning',
  'evaluation',
  'programming',
  'teens',
  'older adults',
  'veterans',
  'civic engagement',
  'disaster preparedness',
  'makerspaces',
  'STEM',
  'financial literacy',
  'job seekers',
  'equity diversity inclusion',
  'leadership',
];

const OPENERS = [
  'Building',
  'Sustaining',
  'Starting',
  'Strengthening',
  'Measuring',
  'Rethinking',
  'Scaling',
  'Funding',
  'Designing',
  'Growing',
  'Planning',
  'Evaluating',
  'Launching',
  'Leading',
];
const SUBJECTS = [
  'community partnerships',
  'school–library collaborations',
  'digital inclusion coalitions',
  'health information outreach',
  'workforce programs',
  'literacy partnerships',
  'civic dialogues',
  'museum and library alliances',
  'small business support',
  'broadband adoption projects',
  'services for new Americans',
  'rural library networks',
  'tribal library partnerships',
  'summer learning programs',
  'veteran resource centers',
  'local government relationships',
];
const CONTEXTS = [
  'in small libraries',
  'on a shoestring budget',
  'with local nonprofits',
  'after a disaster',
  'for rural communities',
  'with county agencies',
  'that last',
  'from the ground up',
  'across library systems',
  'with trusted messengers',
  'for teens and families',
  'in Spanish and English',
  'with measurable outcomes',
  'beyond the first grant',
];
const FORMS = [
  (o, s, c) => `${o} ${s} ${c}`,
  (o, s) => `${o} ${s}: lessons from the field`,
  (o, s, c) => `${o} ${s} ${c}`,
  (o, s) => `How one library is ${o.toLowerCase()} ${s}`,
  (o, s, c) => `A practical guide to ${o.toLowerCase()} ${s} ${c}`,
  (o, s) => `${o} ${s}: a toolkit for library staff`,
  (o, s, c) => `Case study: ${o.toLowerCase()} ${s} ${c}`,
];

const SENTENCES = [
  'Libraries across the country are finding new ways to work with {partner} to reach people where they are.',
  'This session shares practical steps for {verb} {subject}, from the first conversation to a signed agreement.',
  'Presenters from {place} describe what worked, what did not, and what they would do differently next time.',
  'You will learn how to identify traditional and non-traditional partners and how to keep the relationship going.',
  'Staff at {place} built a coalition with {partner} that now serves thousands of residents every year.',
  'The resource includes planning worksheets, sample memoranda of understanding and an evaluation template.',
  'Effective collaborations are sustained through a shared commitment to the changing needs of the community.',
  'Learn how to measure outcomes, tell your story to funders and decision makers, and plan for sustainability.',
  'The project started small, with one program and two partners, and grew into a county-wide initiative.',
  'Participants will leave with a checklist they can adapt to their own library and community.',
  'Drawing on interviews with {partner}, the authors outline common pitfalls and how to avoid them.',
  'Reaching out to initiate partnerships begins with listening to the community and mapping its assets.',
  'The recording, slides and a list of resources mentioned during the webinar are available for download.',
  'Library leaders explain how they secured funding and shared staff time across organizations.',
];
const PARTNERS = [
  'local health departments',
  'school districts',
  'community colleges',
  'workforce boards',
  'food banks',
  'county extension offices',
  'chambers of commerce',
  'literacy councils',
  'tribal governments',
  'immigrant service organizations',
  'public broadcasters',
  'parks and recreation departments',
];
const PLACES = [
  'a rural county library',
  'a small-town public library',
  'a large urban system',
  'a state library agency',
  'a tribal college library',
  'a regional library cooperative',
  'a suburban library district',
];
const VERBS = ['starting', 'growing', 'evaluating', 'funding', 'sustaining', 'planning'];

/** mulberry32: a small, fast, seeded PRNG (the feeds must be identical on every machine). */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One item in ten carries a report number in its title, as catalogue and course listings do, for
 * the "pasted number" search. Chosen by position, not drawn, so every other field stays as it was.
 * Five digits from 10000 up, so a number never occurs inside another (excerpts and tags have none).
 */
const NUMBERED_EVERY = 10;
const numberOf = (index) => 10_000 + index;

/** The number the bench pastes into the search box: the one title of the feed that has it, mid-feed. */
export function pastedNumber(size) {
  const index = Math.floor(size / (2 * NUMBERED_EVERY)) * NUMBERED_EVERY + NUMBERED_EVERY - 3;
  return index < size ? String(numberOf(index)) : undefined;
}

export function makeFeed(size, seed = 20240531) {
  const random = prng(seed + size);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const weighted = (list, weights) => {
    const total = weights.reduce((a, b) => a + b, 0);
    let r = random() * total;
    for (let i = 0; i < list.length; i += 1) {
      r -= weights[i];
      if (r < 0) return list[i];
    }
    return list[list.length - 1];
  };
  const fill = (sentence) =>
    sentence
      .replace('{partner}', pick(PARTNERS))
      .replace('{place}', pick(PLACES))
      .replace('{verb}', pick(VERBS))
      .replace('{subject}', pick(SUBJECTS));
  const start = Date.UTC(2012, 0, 1);
  const span = Date.UTC(2025, 5, 30) - start;
  const items = [];
  for (let i = 0; i < size; i += 1) {
    const drawn = pick(FORMS)(pick(OPENERS), pick(SUBJECTS), pick(CONTEXTS));
    const title = i % NUMBERED_EVERY === NUMBERED_EVERY - 3 ? `${drawn} (report ${numberOf(i)})` : drawn;
    const sentences = [];
    const count = 2 + Math.floor(random() * 3);
    for (let s = 0; s < count; s += 1) sentences.push(fill(pick(SENTENCES)));
    const tagCount = 1 + Math.floor(random() * 4);
    const tags = [...new Set(Array.from({ length: tagCount }, () => pick(TAGS)))];
    // Half the items are dated at midnight UTC (feeds that only know the day), half carry a time.
    let time = start + Math.floor((random() * span) / 1000) * 1000;
    if (random() < 0.5) time -= time % 86_400_000;
    const slug = title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60);
    items.push({
      id: `https://library.example.org/resources/${i + 1}`,
      url: `https://library.example.org/resources/${i + 1}/${slug}`,
      title,
      summary: sentences.join(' '),
      date_published: new Date(time).toISOString().replace('.000Z', 'Z'),
      tags,
      _resource: { type: weighted(TYPES, TYPE_WEIGHTS) },
    });
  }
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Partnerships & collaboration',
    home_page_url: 'https://library.example.org/topics/partnerships',
    description:
      'When the library builds partnerships, it strengthens the ties to its community, shares resources, and builds positive relationships with diverse stakeholders.',
    language: 'en',
    user_comment: `Generated benchmark feed: ${size} items (bench/generate-feed.mjs, deterministic).`,
    items,
  };
}

export function feedFileName(size) {
  return `feed-${size}.json`;
}

export async function writeFeeds(outDir, sizes = DEFAULT_SIZES) {
  await mkdir(outDir, { recursive: true });
  const written = [];
  for (const size of sizes) {
    const file = path.join(outDir, feedFileName(size));
    const text = JSON.stringify(makeFeed(size));
    await writeFile(file, text);
    written.push({ size, file, bytes: Buffer.byteLength(text) });
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [outArg, ...sizeArgs] = process.argv.slice(2);
  const outDir = outArg ?? fileURLToPath(new URL('./.out/feeds/', import.meta.url));
  const sizes = sizeArgs.length ? sizeArgs.map(Number) : DEFAULT_SIZES;
  for (const { size, file, bytes } of await writeFeeds(outDir, sizes)) {
    console.log(`${String(size).padStart(6)} items  ${(bytes / 1024).toFixed(0).padStart(6)} KiB  ${path.relative(process.cwd(), file)}`);
  }
}
