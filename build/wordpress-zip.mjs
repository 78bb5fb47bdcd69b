/**
 * Packages the WordPress plugin as dist/partnership-feed-wordpress.zip: integrations/wordpress/
 * with the bundles and their on-demand files in its assets/ folder, all under partnership-feed/
 * (the folder WordPress unzips it to), and the list of languages. Run after the bundles are built.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

const SOURCE = 'integrations/wordpress';
const FOLDER = 'partnership-feed';
const ZIP = 'dist/partnership-feed-wordpress.zip';

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(file) : [file];
  });
}

/** The bundles the page loads: the two entry scripts, every on-demand file beside them and the chunks those share. */
function bundles() {
  return readdirSync('dist')
    .filter((name) => /^partnership-feed(\.iife|-[\w-]+)?\.js$/.test(name))
    .map((name) => {
      // Source maps stay out of the plugin; without this line browsers' tools would ask for them.
      const code = readFileSync(path.join('dist', name), 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
      return { name: `${FOLDER}/assets/${name}`, data: Buffer.from(code) };
    });
}

/** A zip archive (deflated entries, no extras): enough for WordPress's unzip and any other. */
function zip(entries) {
  const local = [];
  const central = [];
  let offset = 0;
  // 1 January 2025, 00:00 in MS-DOS format: fixed so the same sources give the same zip.
  const time = 0;
  const date = ((2025 - 1980) << 9) | (1 << 5) | 1;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name);
    const packed = deflateRawSync(data, { level: 9 });
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6);
    header.writeUInt16LE(8, 8);
    header.writeUInt16LE(time, 10);
    header.writeUInt16LE(date, 12);
    header.writeUInt32LE(crc32(data), 14);
    header.writeUInt32LE(packed.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(0x031e, 4);
    record.writeUInt16LE(20, 6);
    header.copy(record, 8, 6, 30);
    record.writeUInt32LE((0o100644 << 16) >>> 0, 38);
    record.writeUInt32LE(offset, 42);
    local.push(header, nameBytes, packed);
    central.push(record, nameBytes);
    offset += header.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, directory, end]);
}

const sources = filesUnder(SOURCE).map((file) => ({
  name: `${FOLDER}/${path.relative(SOURCE, file).split(path.sep).join('/')}`,
  data: readFileSync(file),
}));
const assets = bundles();
if (!assets.some((entry) => entry.name.endsWith('/partnership-feed.iife.js')))
  throw new Error('dist/partnership-feed.iife.js is missing: build the bundles first.');
// The languages the widget speaks, each named in itself: the block's language control and the
// site's default language read it (includes/attributes.php).
const languages = { name: `${FOLDER}/languages.json`, data: readFileSync('src/i18n/languages.json') };
const entries = [...sources, ...assets, languages].sort((a, b) => a.name.localeCompare(b.name));
writeFileSync(ZIP, zip(entries));
console.log(`${ZIP}: ${entries.length} files, ${(statSync(ZIP).size / 1024).toFixed(1)} KB`);
